//! The geometry of one sequence-space bar: where each zone and mark goes on
//! a 100-unit-wide bar. Numbers only; the component draws them.
//!
//! A bar must stay readable for a 100-byte exchange and a 10 MB transfer:
//! the past (everything acknowledged or read) is a stub of fixed width,
//! the future takes the rest, both with their count in the legend; the
//! window between them is to scale, and every zone that holds anything
//! gets a minimum width, so a one-byte probe beside a 64 KB window stays
//! visible: a zoom near the edges.

/// Width of the whole bar.
pub const WIDTH: f64 = 100.0;
/// Width of a stub (the past), and the least the future gets.
const STUB: f64 = 10.0;
/// Least width of a zone that holds anything.
const MIN: f64 = 5.0;

/// One stretch of a bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Zone {
    /// CSS class (its colour) and legend entry.
    pub class: &'static str,
    /// Sequence numbers in it.
    pub len: u64,
    /// How it is drawn.
    pub kind: Kind,
}

/// How a zone is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// To scale (at least [`MIN`] wide when it holds anything).
    Scaled,
    /// At a fixed width when it holds anything (the past, however long).
    Stub,
    /// The rest of the bar (the future: unbounded).
    Rest,
}

impl Zone {
    /// A zone drawn to scale.
    pub fn scaled(class: &'static str, len: u64) -> Zone {
        Zone {
            class,
            len,
            kind: Kind::Scaled,
        }
    }

    /// The past, drawn at a fixed width (none if it is empty).
    pub fn stub(class: &'static str, len: u64) -> Zone {
        Zone {
            class,
            len,
            kind: Kind::Stub,
        }
    }

    /// The future: whatever width is left, at least a stub's.
    pub fn rest(class: &'static str) -> Zone {
        Zone {
            class,
            len: 0,
            kind: Kind::Rest,
        }
    }
}

/// Where a zone is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    /// The zone.
    pub zone: Zone,
    /// Left edge.
    pub x: f64,
    /// Width (0 for an empty zone).
    pub w: f64,
}

/// Lays the zones out left to right over [`WIDTH`]. Scaled zones share
/// their room in proportion to `scale` (at least their own total): a
/// one-byte probe beside a closed window is a sliver, not the whole bar.
pub fn layout(zones: &[Zone], scale: u64) -> Vec<Placed> {
    let stubs = zones
        .iter()
        .filter(|z| z.kind == Kind::Rest || (z.kind == Kind::Stub && z.len > 0))
        .count() as f64;
    let scaled = zones
        .iter()
        .filter(|z| z.kind == Kind::Scaled && z.len > 0)
        .count() as f64;
    let total: u64 = zones
        .iter()
        .filter(|z| z.kind == Kind::Scaled)
        .map(|z| z.len)
        .sum();
    let denominator = total.max(scale).max(1) as f64;
    let free = (WIDTH - stubs * STUB - MIN * scaled).max(0.0);
    let mut widths: Vec<f64> = zones
        .iter()
        .map(|z| match z.kind {
            Kind::Stub if z.len > 0 => STUB,
            Kind::Scaled if z.len > 0 => MIN + free * z.len as f64 / denominator,
            Kind::Stub | Kind::Scaled | Kind::Rest => 0.0,
        })
        .collect();
    let used: f64 = widths.iter().sum();
    for (w, z) in widths.iter_mut().zip(zones) {
        if z.kind == Kind::Rest {
            *w = (WIDTH - used).max(0.0);
        }
    }
    let mut x = 0.0;
    zones
        .iter()
        .zip(widths)
        .map(|(&zone, w)| {
            let placed = Placed { zone, x, w };
            x += w;
            placed
        })
        .collect()
}

/// The x of a point `offset` sequence numbers past the start of zone
/// `from`, counting on through the zones after it (each to its own scale).
pub fn x_at(placed: &[Placed], from: usize, offset: u64) -> f64 {
    let mut left = offset;
    for p in placed.iter().skip(from) {
        if left <= p.zone.len && p.zone.len > 0 {
            return p.x + p.w * left as f64 / p.zone.len as f64;
        }
        left -= p.zone.len.min(left);
        if p.zone.len == 0 && left == 0 {
            return p.x;
        }
    }
    placed.last().map_or(0.0, |p| p.x + p.w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_past_is_a_stub_the_window_to_scale_the_future_the_rest() {
        let p = layout(
            &[
                Zone::stub("acked", 10_000_000),
                Zone::scaled("flight", 1),
                Zone::scaled("usable", 65_534),
                Zone::rest("not-yet"),
            ],
            65_535,
        );
        let widths: Vec<f64> = p.iter().map(|p| p.w).collect();
        assert_eq!(widths[0], STUB);
        assert!(
            widths[1] >= MIN && widths[1] < MIN + 0.01,
            "a 1-byte zone stays visible"
        );
        assert!(widths[3] >= STUB - 1e-9);
        assert!((widths.iter().sum::<f64>() - WIDTH).abs() < 1e-9);
    }

    #[test]
    fn a_probe_beside_a_closed_window_is_a_sliver() {
        let p = layout(
            &[
                Zone::stub("acked", 1),
                Zone::scaled("flight", 0),
                Zone::scaled("beyond", 1),
                Zone::scaled("usable", 0),
                Zone::rest("not-yet"),
            ],
            65_535,
        );
        assert!(p[2].w < MIN + 0.01);
        assert!(
            p[4].w > WIDTH / 2.0,
            "the closed window leaves the future most of the bar"
        );
    }

    #[test]
    fn an_empty_past_takes_no_room_and_points_map_through_zones() {
        let p = layout(
            &[
                Zone::stub("read", 0),
                Zone::scaled("flight", 100),
                Zone::scaled("beyond", 0),
                Zone::scaled("usable", 100),
                Zone::rest("not-yet"),
            ],
            200,
        );
        assert_eq!((p[0].w, p[1].x, p[2].w), (0.0, 0.0, 0.0));
        assert!(
            (p[1].w - p[3].w).abs() < 1e-9,
            "equal lengths, equal widths"
        );
        assert_eq!(x_at(&p, 1, 0), p[1].x);
        assert!((x_at(&p, 1, 50) - (p[1].x + p[1].w / 2.0)).abs() < 1e-9);
        assert!((x_at(&p, 1, 150) - (p[3].x + p[3].w / 2.0)).abs() < 1e-9);
        assert!((x_at(&p, 1, 200) - (p[3].x + p[3].w)).abs() < 1e-9);
    }
}
