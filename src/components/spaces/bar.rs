//! The geometry of one sequence-space bar: where each zone and mark goes on
//! a 100-unit-wide bar. Numbers only; the component draws them.
//!
//! A bar must stay readable for a 100-byte exchange and a 10 MB transfer:
//! the unbounded ends (everything acknowledged, everything not yet allowed)
//! are drawn as stubs of fixed width with their count in the legend, and
//! every zone that holds anything gets a minimum width, so a one-byte probe
//! beside a 64 KB window stays visible: a zoom near the edges.

/// Width of the whole bar.
pub const WIDTH: f64 = 100.0;
/// Width of a stub (an unbounded end).
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
    /// Drawn at a fixed width (an unbounded end), not to scale.
    pub stub: bool,
}

impl Zone {
    /// A zone drawn to scale.
    pub fn scaled(class: &'static str, len: u64) -> Zone {
        Zone {
            class,
            len,
            stub: false,
        }
    }

    /// An unbounded end, drawn at a fixed width.
    pub fn stub(class: &'static str, len: u64) -> Zone {
        Zone {
            class,
            len,
            stub: true,
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

/// Lays the zones out left to right over [`WIDTH`].
pub fn layout(zones: &[Zone]) -> Vec<Placed> {
    let stubs = zones.iter().filter(|z| z.stub).count() as f64;
    let scaled: Vec<&Zone> = zones.iter().filter(|z| !z.stub && z.len > 0).collect();
    let total: u64 = scaled.iter().map(|z| z.len).sum();
    // With nothing to scale, the stubs share the bar.
    let stub_w = if scaled.is_empty() && stubs > 0.0 {
        WIDTH / stubs
    } else {
        STUB
    };
    let free = (WIDTH - stubs * stub_w - MIN * scaled.len() as f64).max(0.0);
    let mut x = 0.0;
    zones
        .iter()
        .map(|&zone| {
            let w = if zone.stub {
                stub_w
            } else if zone.len == 0 {
                0.0
            } else {
                MIN + free * zone.len as f64 / total as f64
            };
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

    fn z(class: &'static str, len: u64, stub: bool) -> Zone {
        if stub {
            Zone::stub(class, len)
        } else {
            Zone::scaled(class, len)
        }
    }

    #[test]
    fn stubs_are_fixed_and_the_rest_is_to_scale_with_a_minimum() {
        let p = layout(&[
            z("acked", 10_000_000, true),
            z("flight", 1, false),
            z("usable", 65_534, false),
            z("not-yet", 0, true),
        ]);
        let widths: Vec<f64> = p.iter().map(|p| p.w).collect();
        assert_eq!(widths[0], STUB);
        assert_eq!(widths[3], STUB);
        assert!(
            widths[1] >= MIN && widths[1] < MIN + 0.01,
            "a 1-byte zone stays visible"
        );
        assert!((widths.iter().sum::<f64>() - WIDTH).abs() < 1e-9);
        assert!((p[3].x + p[3].w - WIDTH).abs() < 1e-9);
    }

    #[test]
    fn empty_zones_take_no_room_and_points_map_through_zones() {
        let p = layout(&[
            z("acked", 1, true),
            z("flight", 100, false),
            z("beyond", 0, false),
            z("usable", 100, false),
            z("not-yet", 0, true),
        ]);
        assert_eq!(p[2].w, 0.0);
        assert!(
            (p[1].w - p[3].w).abs() < 1e-9,
            "equal lengths, equal widths"
        );
        assert_eq!(x_at(&p, 1, 0), p[1].x);
        assert!((x_at(&p, 1, 50) - (p[1].x + p[1].w / 2.0)).abs() < 1e-9);
        assert!((x_at(&p, 1, 150) - (p[3].x + p[3].w / 2.0)).abs() < 1e-9);
        assert!((x_at(&p, 1, 200) - (p[3].x + p[3].w)).abs() < 1e-9);
    }

    #[test]
    fn with_nothing_to_scale_the_stubs_share_the_bar() {
        let p = layout(&[
            z("acked", 0, true),
            z("flight", 0, false),
            z("not-yet", 0, true),
        ]);
        assert_eq!((p[0].w, p[2].x, p[2].w), (50.0, 50.0, 50.0));
    }
}
