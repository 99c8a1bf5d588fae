//! Query-string parsing with messages an API user can act on.
//!
//! axum's typed `Query` extractor answers bad input with a plain-text 400
//! naming serde internals; parsing by hand gives `{"error": "invalid date
//! 'since': ..."}` instead, and lets unknown parameters be rejected rather
//! than silently ignored (a typo like `contry=` would otherwise return
//! everything).

use crate::backend::{BBox, Filter, GroupBy, Period};
use crate::Error;
use chrono::NaiveDate;
use vigil_core::Kind;

/// Largest page a client may ask for.
pub const MAX_LIMIT: u32 = 1000;
pub const DEFAULT_LIMIT: u32 = 50;
/// Filters accepted by every listing endpoint.
pub const FILTER_PARAMS: &[&str] = &[
    "country", "actor", "type", "kind", "since", "until", "bbox", "limit", "offset",
];
/// Per-country totals are not paginated.
pub const COUNTRY_PARAMS: &[&str] = &["country", "actor", "type", "kind", "since", "until", "bbox"];
pub const TREND_PARAMS: &[&str] = &[
    "by", "period", "top", "country", "actor", "type", "kind", "since", "until",
];

/// Decoded `key=value` pairs of one request.
#[derive(Debug, Default)]
pub struct Params(Vec<(String, String)>);

impl Params {
    /// Decodes `raw` and rejects parameters not in `allowed` and repeats.
    pub fn parse(raw: Option<&str>, allowed: &[&str]) -> Result<Params, Error> {
        let pairs: Vec<(String, String)> = match raw {
            None | Some("") => Vec::new(),
            Some(q) => serde_urlencoded::from_str(q)
                .map_err(|e| Error::BadRequest(format!("malformed query string: {e}")))?,
        };
        for (i, (k, _)) in pairs.iter().enumerate() {
            if !allowed.contains(&k.as_str()) {
                return Err(Error::BadRequest(format!(
                    "unknown parameter '{k}' (allowed: {})",
                    allowed.join(", ")
                )));
            }
            if pairs[..i].iter().any(|(k2, _)| k2 == k) {
                return Err(Error::BadRequest(format!("parameter '{k}' given twice")));
            }
        }
        Ok(Params(pairs))
    }

    /// The trimmed value of `key`; empty values count as absent so an empty
    /// form field means "any".
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn date(&self, key: &str) -> Result<Option<NaiveDate>, Error> {
        self.get(key)
            .map(|v| {
                NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|e| {
                    Error::BadRequest(format!(
                        "invalid date '{key}': '{v}' is not a valid YYYY-MM-DD date ({e})"
                    ))
                })
            })
            .transpose()
    }

    fn number<T: std::str::FromStr>(&self, key: &str) -> Result<Option<T>, Error> {
        self.get(key)
            .map(|v| {
                v.parse::<T>().map_err(|_| {
                    Error::BadRequest(format!(
                        "invalid '{key}': '{v}' is not a non-negative integer"
                    ))
                })
            })
            .transpose()
    }

    /// The listing filter; `fixed_kind` overrides `kind` for endpoints
    /// that serve only one kind (then `kind` must agree or be absent).
    pub fn filter(&self, fixed_kind: Option<Kind>) -> Result<Filter, Error> {
        let kind = match self.get("kind") {
            None => None,
            Some(k) if k.eq_ignore_ascii_case("event") => Some(Kind::Event),
            Some(k) if k.eq_ignore_ascii_case("claim") => Some(Kind::Claim),
            Some(k) if k.eq_ignore_ascii_case("any") => None,
            Some(k) => {
                return Err(Error::BadRequest(format!(
                    "invalid 'kind': '{k}' (expected event, claim or any)"
                )))
            }
        };
        let kind = match (fixed_kind, self.get("kind")) {
            (Some(f), Some(_)) if kind != Some(f) => {
                return Err(Error::BadRequest(format!(
                    "invalid 'kind': this endpoint serves only {}s",
                    f.as_str()
                )))
            }
            (Some(f), _) => Some(f),
            (None, _) => kind,
        };
        let since = self.date("since")?;
        let until = self.date("until")?;
        if let (Some(s), Some(u)) = (since, until) {
            if s > u {
                return Err(Error::BadRequest(format!(
                    "invalid range: 'since' ({s}) is after 'until' ({u})"
                )));
            }
        }
        let limit = self.number::<u32>("limit")?.unwrap_or(DEFAULT_LIMIT);
        if limit > MAX_LIMIT {
            return Err(Error::BadRequest(format!(
                "invalid 'limit': {limit} is above the maximum of {MAX_LIMIT}"
            )));
        }
        let offset = self.number::<u64>("offset")?.unwrap_or(0);
        if offset > i64::MAX as u64 {
            return Err(Error::BadRequest("invalid 'offset': too large".into()));
        }
        Ok(Filter {
            kind,
            country: self.get("country").map(str::to_string),
            actor: self.get("actor").map(str::to_string),
            event_type: self.get("type").map(str::to_string),
            since,
            until,
            bbox: self.get("bbox").map(parse_bbox).transpose()?,
            limit,
            offset,
        })
    }

    pub fn group_by(&self) -> Result<GroupBy, Error> {
        match self.get("by").unwrap_or("country") {
            "country" => Ok(GroupBy::Country),
            "actor" => Ok(GroupBy::Actor),
            "type" => Ok(GroupBy::Type),
            v => Err(Error::BadRequest(format!(
                "invalid 'by': '{v}' (expected country, actor or type)"
            ))),
        }
    }

    pub fn period(&self) -> Result<Period, Error> {
        match self.get("period").unwrap_or("week") {
            "week" => Ok(Period::Week),
            "month" => Ok(Period::Month),
            v => Err(Error::BadRequest(format!(
                "invalid 'period': '{v}' (expected week or month)"
            ))),
        }
    }

    pub fn top(&self) -> Result<usize, Error> {
        let top = self.number::<usize>("top")?.unwrap_or(8);
        if top == 0 || top > 100 {
            return Err(Error::BadRequest(format!(
                "invalid 'top': {top} (expected 1 to 100)"
            )));
        }
        Ok(top)
    }
}

fn parse_bbox(v: &str) -> Result<BBox, Error> {
    let bad = |why: &str| {
        Error::BadRequest(format!(
            "invalid 'bbox': '{v}' {why} (expected west,south,east,north in degrees)"
        ))
    };
    let n: Vec<f64> = v
        .split(',')
        .map(|x| x.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| bad("has a value that is not a number"))?;
    let [west, south, east, north] = n[..] else {
        return Err(bad("does not have four values"));
    };
    if !(n.iter().all(|x| x.is_finite())
        && (-180.0..=180.0).contains(&west)
        && (-180.0..=180.0).contains(&east)
        && (-90.0..=90.0).contains(&south)
        && (-90.0..=90.0).contains(&north))
    {
        return Err(bad("is out of range"));
    }
    if west > east || south > north {
        return Err(bad("has west > east or south > north"));
    }
    Ok(BBox {
        west,
        south,
        east,
        north,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(q: &str) -> Result<Filter, String> {
        Params::parse(Some(q), FILTER_PARAMS)
            .and_then(|p| p.filter(None))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn impossible_date_names_the_parameter() {
        let e = f("since=2019-13-45").unwrap_err();
        assert!(e.starts_with("invalid date 'since':"), "{e}");
        assert!(e.contains("2019-13-45"));
    }

    #[test]
    fn limit_is_capped_and_defaults() {
        assert!(f("limit=1001").unwrap_err().contains("limit"));
        assert_eq!(f("limit=1000").unwrap().limit, 1000);
        assert_eq!(f("").unwrap().limit, DEFAULT_LIMIT);
        assert!(f("limit=-1").unwrap_err().contains("limit"));
    }

    #[test]
    fn unknown_and_repeated_parameters_are_rejected() {
        assert!(f("contry=Iraq")
            .unwrap_err()
            .contains("unknown parameter 'contry'"));
        assert!(f("country=a&country=b").unwrap_err().contains("twice"));
    }

    #[test]
    fn empty_values_mean_any_and_text_is_decoded() {
        let x = f("country=&actor=Islamic%20State&type=Battles").unwrap();
        assert_eq!(x.country, None);
        assert_eq!(x.actor.as_deref(), Some("Islamic State"));
        assert_eq!(x.event_type.as_deref(), Some("Battles"));
    }

    #[test]
    fn bbox_is_checked() {
        let b = f("bbox=40,30,50,38").unwrap().bbox.unwrap();
        assert_eq!((b.west, b.south, b.east, b.north), (40.0, 30.0, 50.0, 38.0));
        assert!(f("bbox=1,2,3").is_err());
        assert!(f("bbox=50,30,40,38").is_err());
        assert!(f("bbox=0,0,0,100").is_err());
        assert!(f("bbox=a,0,0,1").is_err());
    }

    #[test]
    fn fixed_kind_conflicts_are_reported() {
        let p = Params::parse(Some("kind=event"), FILTER_PARAMS).unwrap();
        assert!(p.filter(Some(Kind::Claim)).is_err());
        let p = Params::parse(Some("kind=whatever"), FILTER_PARAMS).unwrap();
        assert!(p.filter(None).is_err());
        let p = Params::parse(None, FILTER_PARAMS).unwrap();
        assert_eq!(p.filter(Some(Kind::Claim)).unwrap().kind, Some(Kind::Claim));
    }

    #[test]
    fn since_after_until_is_rejected() {
        assert!(f("since=2024-02-01&until=2024-01-01").is_err());
    }
}
