//! "Write a lesson", the teachers' editor: a page of its own (`editor.html`)
//! so that students' first load never carries it.

fn main() {
    tcp_playground::run_editor();
}
