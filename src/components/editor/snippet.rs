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
/// lesson, embedded; `packed` is the lesson's text as a share link packs
/// it (used when the address carries it).
pub fn embed_url(page: &str, packed: &str, carry: &Carry, options: &Options) -> String {
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
        url.push_str(packed);
    }
    url
}

/// Whether `host` (a page's host name) is one only this computer can
/// open: an embed code made there would not load for students.
pub fn only_this_computer(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host.to_ascii_lowercase().ends_with(".localhost")
        || host == "::1"
        || host == "0.0.0.0"
        || host.starts_with("127.") && host.split('.').count() == 4
}

/// The embed's size in a course page, in CSS pixels.
pub const SIZE: (u32, u32) = (800, 600);

/// The iframe element, sized for a course page's column (it adapts down
/// to a phone's width); `frame_id` names it for a script on the page.
pub fn snippet(url: &str, title: &str, frame_id: Option<&str>) -> String {
    let title = if title.is_empty() {
        "TCP Playground".to_string()
    } else {
        format!("TCP Playground: {title}")
    };
    let id = frame_id.map_or(String::new(), |id| format!(" id=\"{}\"", attr_escape(id)));
    format!(
        "<iframe{id} src=\"{}\" title=\"{}\" width=\"{}\" height=\"{}\" style=\"border:0;max-width:100%\" loading=\"lazy\" allow=\"clipboard-write\"></iframe>",
        attr_escape(url),
        attr_escape(&title),
        SIZE.0,
        SIZE.1
    )
}

/// The sentences the progress script shows, in the teacher's language,
/// with `${m.step}`-style placeholders for the message's values.
pub struct ProgressWords {
    /// Before the first message.
    pub waiting: String,
    /// A step: `${m.step}`, `${m.steps}`.
    pub step: String,
    /// The last step ran: `${m.passed}`, `${m.failed}`.
    pub finished: String,
    /// Every goal holds: `${m.hints}`.
    pub complete: String,
}

/// A paragraph and a script for the course page that show the student's
/// progress, as the README's "Tracking progress" describes the messages:
/// only those from this iframe (`frame_id`), from the playground's
/// `origin`, about the lesson titled `title` (a student may open another).
pub fn progress_script(frame_id: &str, origin: &str, title: &str, words: &ProgressWords) -> String {
    let out = format!("{frame_id}-progress");
    let title_check = if title.is_empty() {
        String::new()
    } else {
        format!(" || m.title !== {}", js_string(title))
    };
    format!(
        "<p id=\"{out_attr}\" role=\"status\">{waiting}</p>\n\
<script>\n\
  addEventListener('message', (e) => {{\n\
    const frame = document.getElementById({frame}), m = e.data;\n\
    if (!frame || e.source !== frame.contentWindow || e.origin !== {origin} || m?.source !== 'tcp-playground'{title_check}) return;\n\
    const out = document.getElementById({out_js});\n\
    if (m.type === 'lesson-step') out.textContent = {step};\n\
    if (m.type === 'lesson-finished') out.textContent = {finished};\n\
    if (m.type === 'challenge-complete') out.textContent = {complete};\n\
  }});\n\
</script>",
        out_attr = attr_escape(&out),
        waiting = html_escape(&words.waiting),
        frame = js_string(frame_id),
        origin = js_string(origin),
        out_js = js_string(&out),
        step = template(&words.step),
        finished = template(&words.finished),
        complete = template(&words.complete),
    )
}

/// A JavaScript string literal, safe inside a `<script>` element.
fn js_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("\\u003c"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A JavaScript template literal of a catalog sentence whose placeholders
/// are `${m.…}` (only those are kept as code).
fn template(s: &str) -> String {
    let mut out = String::from("`");
    let mut rest = s;
    while let Some(i) = rest.find("${m.") {
        out.push_str(&template_text(&rest[..i]));
        let end = rest[i..].find('}').map_or(rest.len(), |j| i + j + 1);
        let field = &rest[i + 4..end.saturating_sub(1).max(i + 4)];
        if field.chars().all(|c| c.is_ascii_alphabetic()) {
            out.push_str(&rest[i..end]);
        } else {
            out.push_str(&template_text(&rest[i..end]));
        }
        rest = &rest[end..];
    }
    out.push_str(&template_text(rest));
    out.push('`');
    out
}

fn template_text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('`', "\\`")
        .replace("${", "\\${")
        .replace('<', "\\u003c")
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// What `parent=` holds, as the playground will read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parent {
    /// Nothing: messages go to any embedding page.
    Empty,
    /// An origin (without a final `/`).
    Origin(String),
    /// Not an origin, with the origin it probably means, if any.
    Wrong(Option<String>),
}

/// Reads `parent=` as the playground does (an origin: scheme, host and
/// port only) and, when it is not one, the origin it probably means:
/// `moodle.your.school/course/view.php?id=5` → `https://moodle.your.school`.
pub fn parent(value: &str) -> Parent {
    let value = value.trim();
    if value.is_empty() {
        return Parent::Empty;
    }
    let origin = value.trim_end_matches('/');
    if crate::embed::is_origin(origin) {
        return Parent::Origin(origin.to_string());
    }
    let (scheme, rest) = match value.split_once("://") {
        Some((scheme, rest)) => (scheme.to_ascii_lowercase(), rest),
        None => ("https".to_string(), value.trim_start_matches('/')),
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or("").to_ascii_lowercase();
    let (name, port) = match host.rsplit_once(':') {
        Some((name, port)) if !host.ends_with(']') => (name, Some(port)),
        _ => (host.as_str(), None),
    };
    let name_ok = !name.is_empty()
        && (name.starts_with('[') && name.ends_with(']')
            || name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-')));
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    let fits = matches!(scheme.as_str(), "http" | "https") && name_ok && port_ok;
    let guess = format!("{scheme}://{host}");
    Parent::Wrong((fits && crate::embed::is_origin(&guess)).then_some(guess))
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
        let packed = crate::share::encode(text);
        let url = embed_url(page, &packed, &Carry::Fragment, &none);
        let code = url
            .strip_prefix("https://school.example/tcp/index.html?embed=1#lesson-text=")
            .unwrap();
        assert_eq!(crate::share::decode(code).unwrap(), text);
        let by_file = embed_url(
            page,
            &packed,
            &Carry::Url("lessons/week 5.scn".into()),
            &none,
        );
        assert_eq!(
            by_file,
            "https://school.example/tcp/index.html?embed=1&lesson=lessons/week%205.scn"
        );
        let named = Options {
            id: "week 5",
            parent: "https://moodle.school.example",
        };
        assert_eq!(
            embed_url(page, &packed, &Carry::Url("a.scn".into()), &named),
            "https://school.example/tcp/index.html?embed=1&lesson=a.scn&id=week%205&parent=https://moodle.school.example"
        );
        let fragment = embed_url(page, &packed, &Carry::Fragment, &named);
        assert!(fragment
            .contains("?embed=1&id=week%205&parent=https://moodle.school.example#lesson-text="));
        let html = snippet(&by_file, "A \"quoted\" <title>", None);
        assert!(html.starts_with(
            "<iframe src=\"https://school.example/tcp/index.html?embed=1&amp;lesson="
        ));
        assert!(html.contains("title=\"TCP Playground: A &quot;quoted&quot; &lt;title&gt;\""));
    }

    #[test]
    fn an_address_only_this_computer_opens_is_known() {
        for local in [
            "localhost",
            "LOCALHOST",
            "app.localhost",
            "127.0.0.1",
            "127.1.2.3",
            "[::1]",
            "0.0.0.0",
        ] {
            assert!(only_this_computer(local), "{local}");
        }
        for public in [
            "moodle.your.school",
            "127.example.org",
            "10.0.0.5",
            "localhost.example.org",
            "",
        ] {
            assert!(!only_this_computer(public), "{public}");
        }
    }

    #[test]
    fn parent_must_be_an_origin_and_the_one_meant_is_suggested() {
        let wrong = |v: &str| parent(v);
        assert_eq!(parent(""), Parent::Empty);
        assert_eq!(
            parent(" https://moodle.your.school/ "),
            Parent::Origin("https://moodle.your.school".into())
        );
        assert_eq!(
            wrong("https://moodle.your.school/course/view.php?id=5"),
            Parent::Wrong(Some("https://moodle.your.school".into()))
        );
        assert_eq!(
            wrong("moodle.your.school"),
            Parent::Wrong(Some("https://moodle.your.school".into()))
        );
        assert_eq!(
            wrong("HTTP://User@Moodle.School:8443/x"),
            Parent::Wrong(Some("http://moodle.school:8443".into()))
        );
        for hopeless in [
            "javascript:alert(1)",
            "*",
            "ftp://files.school",
            "https://a b",
        ] {
            assert_eq!(wrong(hopeless), Parent::Wrong(None), "{hopeless}");
        }
    }

    #[test]
    fn the_progress_script_shows_this_iframes_lesson_only_and_cannot_be_broken_out_of() {
        let words = ProgressWords {
            waiting: "Not <started>".into(),
            step: "Step ${m.step} of ${m.steps} `x` ${alert(1)}".into(),
            finished: "Done: ${m.passed}".into(),
            complete: "Hints: ${m.hints}".into(),
        };
        let script = progress_script("tcp-week5", "https://your.school", "A \"</script>", &words);
        assert!(script
            .starts_with("<p id=\"tcp-week5-progress\" role=\"status\">Not &lt;started&gt;</p>"));
        assert!(script
            .contains("e.source !== frame.contentWindow || e.origin !== \"https://your.school\""));
        assert!(
            script.contains("m.title !== \"A \\\"\\u003c/script>\""),
            "{script}"
        );
        assert!(
            script.contains("`Step ${m.step} of ${m.steps} \\`x\\` \\${alert(1)}`"),
            "{script}"
        );
        assert_eq!(script.matches("</script>").count(), 1);
    }
}
