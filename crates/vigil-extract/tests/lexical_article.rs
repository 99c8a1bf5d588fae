//! The lexical layer end to end on one article written for this test:
//! segment it, then resolve every sentence's dates and counts against the
//! publication date (Friday 22 November 2019).

use chrono::NaiveDate;
use vigil_core::DatePrecision;
use vigil_extract::dates::find_dates;
use vigil_extract::numbers::find_counts;

const ARTICLE: &str = "Gunmen kill dozens in northern Burkina Faso\n\n\
OUAGADOUGOU (Wire) - At least 43 people were killed on Tuesday when gunmen \
attacked two villages near Djibo, Lt. Col. A. Ouedraogo said. \"We counted the \
bodies at 6 a.m.,\" he told reporters.\n\n\
Earlier this month, between 10 and 15 soldiers died in an ambush on Nov. 4, \
2019. Some 1,200 residents have fled since late last year.\n\n\
- Dozens wounded\n\
- Talks will resume on Monday";

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

#[test]
fn article_sentences_dates_and_counts() {
    let published = ymd(2019, 11, 22);
    let sentences = vigil_segment::sentences(ARTICLE);
    let texts: Vec<&str> = sentences.iter().map(|s| s.text(ARTICLE)).collect();
    assert_eq!(texts.len(), 7, "{texts:#?}");
    assert_eq!(texts[0], "Gunmen kill dozens in northern Burkina Faso");
    assert!(texts[1].ends_with("A. Ouedraogo said."), "{}", texts[1]);
    assert!(texts[3].starts_with("Earlier this month"));
    assert_eq!(texts[5], "- Dozens wounded");

    // Per sentence: (date, precision) list and best-count list.
    let dates = |i: usize| -> Vec<(NaiveDate, DatePrecision)> {
        find_dates(texts[i], published)
            .iter()
            .map(|d| (d.date, d.precision))
            .collect()
    };
    let counts = |i: usize| -> Vec<u32> { find_counts(texts[i]).iter().map(|c| c.best).collect() };

    assert_eq!(counts(0), vec![24]);
    assert_eq!(dates(1), vec![(ymd(2019, 11, 19), DatePrecision::Day)]);
    assert_eq!(counts(1), vec![43, 2]);
    // "6 a.m." is a time, not a count or a date.
    assert!(dates(2).is_empty() && counts(2).is_empty());
    assert_eq!(
        dates(3),
        vec![
            (ymd(2019, 11, 1), DatePrecision::Month),
            (ymd(2019, 11, 4), DatePrecision::Day)
        ]
    );
    let c3 = find_counts(texts[3]);
    assert_eq!(c3.len(), 1);
    assert_eq!((c3[0].low, c3[0].best, c3[0].high), (10, 10, 15));
    assert_eq!(dates(4), vec![(ymd(2018, 1, 1), DatePrecision::Year)]);
    assert_eq!(counts(4), vec![1200]);
    // Future tense looks forward: the Monday after publication.
    assert_eq!(dates(6), vec![(ymd(2019, 11, 25), DatePrecision::Day)]);

    // Spans of every mention point into their sentence.
    for t in &texts {
        for d in find_dates(t, published) {
            assert!(t.get(d.start..d.end).is_some());
        }
        for c in find_counts(t) {
            assert!(t.get(c.start..c.end).is_some());
        }
    }
}
