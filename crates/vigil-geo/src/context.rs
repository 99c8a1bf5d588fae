//! What an article has established so far, for resolving later mentions.

use crate::{MentionRole, PlaceMention};
use vigil_core::{GeoPrecision, Place};

/// Countries and first-level divisions an article has mentioned so far, most
/// recent last. Later ambiguous names are resolved towards them ("Tripoli"
/// after "Libya" is the Libyan one).
#[derive(Clone, Default)]
pub struct GeoContext {
    weights: Weights<String>,
    last: Option<Place>,
}

/// What resolution weighs: the part of a `GeoContext` that `find_places`
/// copies and extends while it reads. Generic over how names are held:
/// owned in a `GeoContext`, borrowed (from the caller's context or the
/// table) in the finder's working copies, which it makes two or three per
/// call; copying owned names there was a fifth of the finder's cost.
#[derive(Debug, Clone, Default)]
pub(crate) struct Weights<S> {
    /// ISO2 codes, each once, most recently mentioned last.
    countries: Vec<S>,
    /// Countries where a place was named literally (not only "Syrian",
    /// "US forces" or "Turkey said"), most recent last: stronger evidence.
    located: Vec<S>,
    /// (ISO2, admin1 name), each once, most recent last.
    admin1s: Vec<(S, S)>,
    /// How many place names (not demonyms or acting states) located the
    /// article in each country: (ISO2, count).
    located_counts: Vec<(S, u32)>,
}

/// A name as `Weights` holds it, made from a `&'a str` when first stored.
pub(crate) trait Held<'a>: AsRef<str> {
    fn hold(s: &'a str) -> Self;
}

impl<'a> Held<'a> for String {
    fn hold(s: &'a str) -> Self {
        s.to_string()
    }
}

impl<'a> Held<'a> for &'a str {
    fn hold(s: &'a str) -> Self {
        s
    }
}

// Written out so that the output stays what the derive on the former flat
// struct printed.
impl std::fmt::Debug for GeoContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let w = &self.weights;
        f.debug_struct("GeoContext")
            .field("countries", &w.countries)
            .field("located", &w.located)
            .field("admin1s", &w.admin1s)
            .field("last", &self.last)
            .field("located_counts", &w.located_counts)
            .finish()
    }
}

impl GeoContext {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records what a mention established. Demonyms establish a country (the
    /// "Syrian army" is in Syria) but not a place "there" can refer back to.
    pub fn observe(&mut self, m: &PlaceMention) {
        self.observe_place(&m.place, m.role);
    }

    pub(crate) fn observe_place(&mut self, p: &Place, role: MentionRole) {
        self.weights.observe_parts(
            &p.country_code,
            p.admin1.as_deref(),
            p.precision == GeoPrecision::Country,
            role,
        );
        if role != MentionRole::Demonym
            && !p.country_code.is_empty()
            && p.country_code != crate::data::MULTI_COUNTRY
        {
            match &mut self.last {
                Some(last) => clone_place_into(p, last),
                None => self.last = Some(p.clone()),
            }
        }
    }

    /// A copy of the weights borrowing this context's names, for the
    /// finder to extend without copying strings.
    pub(crate) fn borrowed_weights(&self) -> Weights<&str> {
        let w = &self.weights;
        // Room for the few names a sentence adds, so that the finder's
        // first additions do not move the lists.
        fn with_room<T, I: ExactSizeIterator<Item = T>>(items: I) -> Vec<T> {
            let mut v = Vec::with_capacity(items.len() + 4);
            v.extend(items);
            v
        }
        Weights {
            countries: with_room(w.countries.iter().map(String::as_str)),
            located: with_room(w.located.iter().map(String::as_str)),
            admin1s: with_room(w.admin1s.iter().map(|(c, a)| (c.as_str(), a.as_str()))),
            located_counts: with_room(w.located_counts.iter().map(|(c, n)| (c.as_str(), *n))),
        }
    }

    pub(crate) fn weights(&self) -> &Weights<String> {
        &self.weights
    }

    /// ISO2 code of the most recently established country.
    pub fn current_country(&self) -> Option<&str> {
        self.weights.countries.last().map(|s| s.as_str())
    }

    /// The place "in the country" / "there" refers back to.
    pub fn last_place(&self) -> Option<&Place> {
        self.last.as_ref()
    }

    /// All countries mentioned so far, oldest first.
    pub fn countries(&self) -> &[String] {
        &self.weights.countries
    }

    /// All (ISO2, admin1) pairs mentioned so far, oldest first.
    pub fn admin1s(&self) -> &[(String, String)] {
        &self.weights.admin1s
    }

    #[cfg(test)]
    pub(crate) fn country_weight(&self, cc: &str) -> f32 {
        self.weights.country_weight(cc)
    }

    #[cfg(test)]
    pub(crate) fn admin1_weight(&self, cc: &str, admin1: &str) -> f32 {
        self.weights.admin1_weight(cc, admin1)
    }
}

/// `*dst = src.clone()` reusing `dst`'s strings: the context remembers the
/// last place of every mention observed. Destructured so that a field added
/// to `Place` cannot be forgotten here.
fn clone_place_into(src: &Place, dst: &mut Place) {
    let Place {
        name,
        country,
        country_code,
        admin1,
        latitude,
        longitude,
        precision,
        geonameid,
    } = src;
    dst.name.clone_from(name);
    dst.country.clone_from(country);
    dst.country_code.clone_from(country_code);
    dst.admin1.clone_from(admin1);
    dst.latitude = *latitude;
    dst.longitude = *longitude;
    dst.precision = *precision;
    dst.geonameid = *geonameid;
}

impl<S: AsRef<str>> Weights<S> {
    /// How strongly the article points at `cc`: 1.0 when it is the latest
    /// country named by a place, less when older or named only by demonyms
    /// (at most 0.75), 0 if never.
    pub(crate) fn country_weight(&self, cc: &str) -> f32 {
        let named = recency(&self.countries, |c| same(c.as_ref(), cc));
        match recency(&self.located, |c| same(c.as_ref(), cc)) {
            0.0 => 0.75 * named,
            located => 0.5 * named + 0.5 * located,
        }
    }

    /// 1.0 when the article is plainly set in `cc`: at least three place
    /// names located it there and at least three quarters of all located
    /// names point there. Lets "Rome" in a story about Georgia (US) beat
    /// the larger Rome abroad, which plain recency weight cannot.
    pub(crate) fn dominance(&self, cc: &str) -> f32 {
        let total: u32 = self.located_counts.iter().map(|(_, n)| n).sum();
        let here = self
            .located_counts
            .iter()
            .find(|(c, _)| same(c.as_ref(), cc))
            .map_or(0, |(_, n)| *n);
        if here >= 3 && 4 * here >= 3 * total {
            1.0
        } else {
            0.0
        }
    }

    /// Whether the article has named a country other than `cc`.
    /// Whether another country than `cc` plainly sets the article (see
    /// [`Self::dominance`]).
    pub(crate) fn dominated_by_other(&self, cc: &str) -> bool {
        self.located_counts
            .iter()
            .any(|(c, _)| !same(c.as_ref(), cc) && self.dominance(c.as_ref()) > 0.0)
    }

    pub(crate) fn countries_other_than(&self, cc: &str) -> bool {
        self.countries.iter().any(|c| !same(c.as_ref(), cc))
    }

    pub(crate) fn admin1_weight(&self, cc: &str, admin1: &str) -> f32 {
        recency(&self.admin1s, |(c, a)| {
            same(c.as_ref(), cc) && a.as_ref() == admin1
        })
    }
}

impl<'a, S: Held<'a>> Weights<S> {
    /// What a mention of a place in `cc` (and `admin1`) establishes; see
    /// `GeoContext::observe`.
    pub(crate) fn observe_parts(
        &mut self,
        cc: &'a str,
        admin1: Option<&'a str>,
        is_country: bool,
        role: MentionRole,
    ) {
        if cc.is_empty() || cc == crate::data::MULTI_COUNTRY {
            return;
        }
        move_str_to_end(&mut self.countries, cc);
        if role == MentionRole::Literal {
            move_str_to_end(&mut self.located, cc);
            self.count_located(cc);
        }
        if !is_country {
            if let Some(a) = admin1 {
                // Consecutive names in one division are the usual case.
                if self
                    .admin1s
                    .last()
                    .is_some_and(|(c, x)| same(c.as_ref(), cc) && x.as_ref() == a)
                {
                    return;
                }
                let pos = self
                    .admin1s
                    .iter()
                    .position(|(c, x)| same(c.as_ref(), cc) && x.as_ref() == a);
                let item = match pos {
                    Some(k) => self.admin1s.remove(k),
                    None => (S::hold(cc), S::hold(a)),
                };
                self.admin1s.push(item);
            }
        }
    }

    /// Records that the article names country `cc` without a specific place;
    /// `located` when by a place name rather than a demonym.
    pub(crate) fn note_country(&mut self, cc: &'a str, located: bool) {
        if cc == crate::data::MULTI_COUNTRY {
            return;
        }
        move_str_to_end(&mut self.countries, cc);
        if located {
            move_str_to_end(&mut self.located, cc);
            self.count_located(cc);
        }
    }

    fn count_located(&mut self, cc: &'a str) {
        match self
            .located_counts
            .iter_mut()
            .find(|(c, _)| same(c.as_ref(), cc))
        {
            Some((_, n)) => *n += 1,
            None => self.located_counts.push((S::hold(cc), 1)),
        }
    }
}

/// Moves `s` to the end of `v` (adding it if absent), reusing its string:
/// called for every mention, mostly with the country already last.
fn move_str_to_end<'a, S: Held<'a>>(v: &mut Vec<S>, s: &'a str) {
    if v.last().is_some_and(|x| same(x.as_ref(), s)) {
        return;
    }
    let item = match v.iter().position(|x| same(x.as_ref(), s)) {
        Some(k) => v.remove(k),
        None => S::hold(s),
    };
    v.push(item);
}

/// String equality without a `memcmp` call: the context compares two-letter
/// country codes for every entry of every name resolved.
#[inline]
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

fn recency<T>(v: &[T], pred: impl Fn(&T) -> bool) -> f32 {
    match v.iter().rposition(pred) {
        Some(pos) => {
            let age = (v.len() - 1 - pos) as f32;
            1.0 / (1.0 + 0.25 * age)
        }
        None => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(cc: &str, admin1: Option<&str>, precision: GeoPrecision) -> Place {
        Place {
            name: "x".into(),
            country: String::new(),
            country_code: cc.into(),
            admin1: admin1.map(str::to_string),
            latitude: 0.0,
            longitude: 0.0,
            precision,
            geonameid: None,
        }
    }

    #[test]
    fn demonyms_set_the_current_country_weakly_and_not_the_last_place() {
        let mut ctx = GeoContext::new();
        ctx.observe_place(
            &place("IQ", Some("Nineveh"), GeoPrecision::Place),
            MentionRole::Literal,
        );
        ctx.observe_place(
            &place("SY", None, GeoPrecision::Country),
            MentionRole::Demonym,
        );
        assert_eq!(ctx.current_country(), Some("SY"));
        assert_eq!(
            ctx.last_place().map(|p| p.country_code.as_str()),
            Some("IQ")
        );
        // A country named only by a demonym pulls less than one where a
        // place was named, even when more recent.
        assert!(ctx.country_weight("IQ") > ctx.country_weight("SY"));
        assert!(ctx.country_weight("SY") > 0.0);
        assert_eq!(ctx.country_weight("LY"), 0.0);
        assert!(ctx.admin1_weight("IQ", "Nineveh") > 0.0);
        // Mentioning Iraq again moves it back to the end.
        ctx.observe_place(
            &place("IQ", None, GeoPrecision::Country),
            MentionRole::Literal,
        );
        assert_eq!(ctx.current_country(), Some("IQ"));
        assert_eq!(ctx.countries().len(), 2);
    }
}
