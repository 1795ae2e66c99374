//! The capture worker: reads and replays packet captures off the page's
//! thread, loaded only when a student opens one (`capture-worker.js`).

fn main() {
    tcp_playground::run_capture_worker();
}
