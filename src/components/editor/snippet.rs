//! The embed code a teacher pastes into a course page: an iframe that opens
//! the playground with their lesson, carried whole in the address's
//! fragment (nothing to host) or named by the file's address on the
//! playground's site.

/// How the iframe carries the lesson.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Carry {
    /// The whole text, packed into `#lesson-text=` (the fragment never
    /// reaches a server).
    Fragment,
    /// The file's address (`lessons/week5.scn`), relative to the playground.
    Url(String),
}

/// What else the address says (empty: not said).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options<'a> {
    /// The iframe's name in its messages (`id=`).
    pub id: &'a str,
    /// The only origin its messages go to (`parent=`).
    pub parent: &'a str,
}

/// The address that opens the playground beside `page` (the editor's own
/// address: the playground is `index.html` in the same folder) with the
/// lesson, embedded.
pub fn embed_url(page: &str, text: &str, carry: &Carry, options: &Options) -> String {
    let page = page.split(['?', '#']).next().unwrap_or(page);
    let folder = page.rfind('/').map_or(page, |i| &page[..=i]);
    let mut url = format!("{folder}index.html?embed=1");
    if let Carry::Url(lesson) = carry {
        url.push_str(&format!("&lesson={}", query_escape(lesson.trim())));
    }
    for (key, value) in [("id", options.id), ("parent", options.parent)] {
        if !value.is_empty() {
            url.push_str(&format!("&{key}={}", query_escape(value)));
        }
    }
    if *carry == Carry::Fragment {
        url.push_str(crate::share::LESSON_PREFIX);
        url.push_str(&crate::share::encode(text));
    }
    url
}

/// The iframe element, sized for a course page's column (it adapts down
/// to a phone's width).
pub fn snippet(url: &str, title: &str) -> String {
    let title = if title.is_empty() {
        "TCP Playground".to_string()
    } else {
        format!("TCP Playground: {title}")
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"800\" height=\"600\" style=\"border:0;max-width:100%\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>",
        attr_escape(url),
        attr_escape(&title)
    )
}

fn attr_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Percent-escapes what a query value cannot hold as is (`/` and `.` stay
/// readable).
fn query_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~/:".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embed_code_carries_the_lesson_by_fragment_or_by_address() {
        let page = "https://school.example/tcp/editor.html?lang=es#s=abc";
        let text = "title \"Mine\"\nsay \"Hi\"\nserver listen\n";
        let none = Options::default();
        let url = embed_url(page, text, &Carry::Fragment, &none);
        let code = url
            .strip_prefix("https://school.example/tcp/index.html?embed=1#lesson-text=")
            .unwrap();
        assert_eq!(crate::share::decode(code).unwrap(), text);
        let by_file = embed_url(page, text, &Carry::Url("lessons/week 5.scn".into()), &none);
        assert_eq!(
            by_file,
            "https://school.example/tcp/index.html?embed=1&lesson=lessons/week%205.scn"
        );
        let named = Options {
            id: "week 5",
            parent: "https://moodle.school.example",
        };
        assert_eq!(
            embed_url(page, text, &Carry::Url("a.scn".into()), &named),
            "https://school.example/tcp/index.html?embed=1&lesson=a.scn&id=week%205&parent=https://moodle.school.example"
        );
        let fragment = embed_url(page, text, &Carry::Fragment, &named);
        assert!(fragment
            .contains("?embed=1&id=week%205&parent=https://moodle.school.example#lesson-text="));
        let html = snippet(&by_file, "A \"quoted\" <title>");
        assert!(html.starts_with(
            "<iframe src=\"https://school.example/tcp/index.html?embed=1&amp;lesson="
        ));
        assert!(html.contains("title=\"TCP Playground: A &quot;quoted&quot; &lt;title&gt;\""));
    }
}
