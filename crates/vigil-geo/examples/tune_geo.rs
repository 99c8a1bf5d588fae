//! Coordinate search over the resolution weights on a GeoWebNews file:
//! prints the figures for each setting (used to pick `Tuning::default`).
//! Only the even-index articles are scored: the odd ones are the held-out
//! half that `vigil eval-geo` reports separately, and must not steer tuning.
use vigil_geo::{eval, Gazetteer, Tuning};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: tune_geo FILE")?;
    let arts: Vec<_> = eval::parse_geowebnews(&std::fs::read_to_string(path)?)?
        .into_iter()
        .step_by(2)
        .collect();
    let g = Gazetteer::global();
    let base = Tuning::default();
    let show = |name: &str, t: &Tuning| {
        let r = eval::evaluate_tuned(g, &arts, t);
        println!(
            "{name:28} recall {:5.1} prec {:5.1} exact {:5.1} country {:5.1} adm1 {:5.1} 161 {:5.1} 161/id {:5.1}",
            r.recall(),
            r.precision(),
            r.exact_rate(),
            r.country_accuracy(),
            r.adm1_accuracy(),
            r.acc_161(),
            100.0 * r.within_161_or_id as f64 / r.found.max(1) as f64
        );
    };
    show("default", &base);
    for v in [0.0, 1.0, 1.5, 2.0, 3.0, 3.5, 4.5] {
        show(
            &format!("doc_country_bonus {v}"),
            &Tuning {
                doc_country_bonus: v,
                ..base
            },
        );
    }
    for v in [1.0, 1.5, 2.5, 3.0] {
        show(
            &format!("doc_admin1_bonus {v}"),
            &Tuning {
                doc_admin1_bonus: v,
                ..base
            },
        );
    }
    for v in [0.0, 1.0, 1.5, 2.0, 3.0, 4.0] {
        show(
            &format!("dominance_bonus {v}"),
            &Tuning {
                dominance_bonus: v,
                ..base
            },
        );
    }
    for v in [1.5, 2.5, 4.5] {
        show(
            &format!("country_bonus {v}"),
            &Tuning {
                country_bonus: v,
                ..base
            },
        );
    }
    for v in [1.0, 3.0] {
        show(
            &format!("admin1_bonus {v}"),
            &Tuning {
                admin1_bonus: v,
                ..base
            },
        );
    }
    for v in [0.0, 1.2, 2.0] {
        show(
            &format!("alt_penalty {v}"),
            &Tuning {
                alt_penalty: v,
                ..base
            },
        );
    }
    for v in [1.0, 3.0] {
        show(
            &format!("capital_bonus {v}"),
            &Tuning {
                capital_bonus: v,
                ..base
            },
        );
    }
    for v in [0.5, 2.5] {
        show(
            &format!("admin2_penalty {v}"),
            &Tuning {
                admin2_penalty: v,
                ..base
            },
        );
    }
    for v in [-1.5, -0.5, 0.0, 0.5] {
        show(
            &format!("admin1_base {v}"),
            &Tuning {
                admin1_base: v,
                ..base
            },
        );
    }
    for v in [0.5, 1.5, 2.0] {
        show(
            &format!("admin1_seat_bonus {v}"),
            &Tuning {
                admin1_seat_bonus: v,
                ..base
            },
        );
    }
    for v in [1.2, 1.4, 1.6] {
        show(
            &format!("pop_weight {v}"),
            &Tuning {
                pop_weight: v,
                ..base
            },
        );
    }
    for v in [10_000, 200_000] {
        show(
            &format!("min_pop_unsupported {v}"),
            &Tuning {
                min_pop_unsupported: v,
                ..base
            },
        );
    }
    Ok(())
}
