//! vigil-trends: weekly/monthly series per theatre, actor or event type, and
//! a resurgence test.
//!
//! The test compares the event rate of the recent window with the rate of a
//! trailing baseline. Under "no change" both counts are Poisson with rates
//! proportional to their exposure (days), so conditionally on the total `n`
//! the recent count is Binomial(n, t_recent / (t_recent + t_baseline)). That
//! exact conditional test (Przyborowski & Wilenski 1940; R's `poisson.test`
//! with two samples) gives the p-value. Conflict counts are usually
//! overdispersed (attacks come in bursts), which makes any Poisson test
//! anti-conservative, so we also estimate the dispersion φ of the baseline
//! periods and, when φ > 1, use a quasi-Poisson Wald test on the log rate
//! ratio with variance inflated by φ; the reported p-value is the larger of
//! the two. Across many groups the p-values are Benjamini–Hochberg adjusted,
//! and a verdict is only given when the adjusted value is below `alpha`.
//!
//! Exposure is counted in days, so a partial current week/month and baselines
//! that start before the data does are handled without bias.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error, PartialEq)]
pub enum Error {
    #[error("window and baseline must each be at least one period")]
    EmptyWindow,
    #[error("alpha must be in (0, 1)")]
    Alpha,
    #[error("date out of range")]
    DateRange,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    #[default]
    Week,
    Month,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    #[default]
    Country,
    Admin1,
    Actor,
    Type,
}

/// One (merged) event, the unit trends count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Observation {
    pub date: Option<NaiveDate>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub actor1: Option<String>,
    pub actor2: Option<String>,
    pub event_type: Option<String>,
    pub fatalities: Option<u32>,
}

impl Observation {
    /// The groups this event counts toward (an event counts once for each of
    /// its two actors; admin1 groups are qualified by country because
    /// province names repeat across countries).
    pub fn groups(&self, by: GroupBy) -> Vec<String> {
        let clean = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
        };
        match by {
            GroupBy::Country => clean(&self.country).into_iter().collect(),
            GroupBy::Type => clean(&self.event_type).into_iter().collect(),
            GroupBy::Admin1 => match (clean(&self.country), clean(&self.admin1)) {
                (Some(c), Some(a)) => vec![format!("{c} / {a}")],
                _ => Vec::new(),
            },
            GroupBy::Actor => {
                let mut v: Vec<String> = [clean(&self.actor1), clean(&self.actor2)]
                    .into_iter()
                    .flatten()
                    .collect();
                v.dedup();
                v
            }
        }
    }
}

/// First day of the period containing `d` (weeks start on Monday, ISO 8601).
pub fn period_start(d: NaiveDate, p: Period) -> NaiveDate {
    match p {
        Period::Week => d - Duration::days(d.weekday().num_days_from_monday() as i64),
        Period::Month => d.with_day(1).unwrap_or(d),
    }
}

/// First day of the period after the one starting at `start`.
pub fn next_period(start: NaiveDate, p: Period) -> Option<NaiveDate> {
    match p {
        Period::Week => start.checked_add_signed(Duration::days(7)),
        Period::Month => {
            let (y, m) = if start.month() == 12 {
                (start.year() + 1, 1)
            } else {
                (start.year(), start.month() + 1)
            };
            NaiveDate::from_ymd_opt(y, m, 1)
        }
    }
}

/// Start of the period `n` periods before the one starting at `start`.
fn periods_back(start: NaiveDate, p: Period, n: u32) -> Option<NaiveDate> {
    match p {
        Period::Week => start.checked_sub_signed(Duration::days(7 * n as i64)),
        Period::Month => {
            let total = start.year() as i64 * 12 + start.month0() as i64 - n as i64;
            let y = i32::try_from(total.div_euclid(12)).ok()?;
            NaiveDate::from_ymd_opt(y, total.rem_euclid(12) as u32 + 1, 1)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bucket {
    pub start: NaiveDate,
    pub events: u64,
    pub fatalities: u64,
}

/// Contiguous, zero-filled series per group from the period containing
/// `from` to the one containing `to`.
pub fn series(
    obs: &[Observation],
    by: GroupBy,
    period: Period,
    from: NaiveDate,
    to: NaiveDate,
) -> BTreeMap<String, Vec<Bucket>> {
    let mut starts = Vec::new();
    let mut s = period_start(from, period);
    let end = period_start(to, period);
    while s <= end {
        starts.push(s);
        match next_period(s, period) {
            Some(n) => s = n,
            None => break,
        }
    }
    let index: BTreeMap<NaiveDate, usize> =
        starts.iter().enumerate().map(|(i, d)| (*d, i)).collect();
    let mut out: BTreeMap<String, Vec<Bucket>> = BTreeMap::new();
    for o in obs {
        let Some(d) = o.date.filter(|d| *d >= from && *d <= to) else {
            continue;
        };
        let Some(&i) = index.get(&period_start(d, period)) else {
            continue;
        };
        for g in o.groups(by) {
            let v = out.entry(g).or_insert_with(|| {
                starts
                    .iter()
                    .map(|&start| Bucket {
                        start,
                        events: 0,
                        fatalities: 0,
                    })
                    .collect()
            });
            v[i].events += 1;
            v[i].fatalities += o.fatalities.unwrap_or(0) as u64;
        }
    }
    out
}

/// ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms; ~1e-15 relative error).
pub fn ln_gamma(x: f64) -> f64 {
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        // Reflection keeps accuracy near 0.
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut a = C[0];
    let t = x + 7.5;
    for (i, c) in C.iter().enumerate().skip(1) {
        a += c / (x + i as f64);
    }
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + a.ln()
}

/// Binomial(n, p) probability of exactly k.
pub fn binomial_pmf(k: u64, n: u64, p: f64) -> f64 {
    if k > n {
        return 0.0;
    }
    if p <= 0.0 {
        return if k == 0 { 1.0 } else { 0.0 };
    }
    if p >= 1.0 {
        return if k == n { 1.0 } else { 0.0 };
    }
    let (kf, nf) = (k as f64, n as f64);
    let ln_c = ln_gamma(nf + 1.0) - ln_gamma(kf + 1.0) - ln_gamma(nf - kf + 1.0);
    (ln_c + kf * p.ln() + (nf - kf) * (1.0 - p).ln()).exp()
}

/// Exact binomial test of `k` successes in `n` trials against `p`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BinomialTest {
    /// P(X >= k)
    pub greater: f64,
    /// P(X <= k)
    pub less: f64,
    /// Sum of P(X = x) over all x no more likely than k (as R's binom.test).
    pub two_sided: f64,
}

pub fn binomial_test(k: u64, n: u64, p: f64) -> BinomialTest {
    let k = k.min(n);
    let pk = binomial_pmf(k, n, p);
    let (mut greater, mut less, mut two) = (0.0, 0.0, 0.0);
    for x in 0..=n {
        let px = binomial_pmf(x, n, p);
        if x >= k {
            greater += px;
        }
        if x <= k {
            less += px;
        }
        // The relative tolerance stops rounding from splitting ties.
        if px <= pk * (1.0 + 1e-7) {
            two += px;
        }
    }
    BinomialTest {
        greater: greater.min(1.0),
        less: less.min(1.0),
        two_sided: two.min(1.0),
    }
}

/// Standard normal upper tail, via erfc (Numerical Recipes erfcc; |error| < 1.2e-7).
pub fn normal_sf(z: f64) -> f64 {
    let x = z / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.5 * x.abs());
    let y = t
        * (-x * x - 1.265_512_23
            + t * (1.000_023_68
                + t * (0.374_091_96
                    + t * (0.096_784_18
                        + t * (-0.186_288_06
                            + t * (0.278_868_07
                                + t * (-1.135_203_98
                                    + t * (1.488_515_87
                                        + t * (-0.822_152_23 + t * 0.170_872_77)))))))))
            .exp();
    let erfc = if x >= 0.0 { y } else { 2.0 - y };
    (0.5 * erfc).clamp(0.0, 1.0)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Rising,
    Falling,
    /// No significant change.
    Stable,
    /// Too few events to say anything.
    Insufficient,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Rising => "rising",
            Verdict::Falling => "falling",
            Verdict::Stable => "stable",
            Verdict::Insufficient => "insufficient",
        }
    }
}

/// Recent window vs trailing baseline for one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resurgence {
    pub recent_count: u64,
    pub recent_days: u32,
    pub baseline_count: u64,
    pub baseline_days: u32,
    pub recent_fatalities: u64,
    pub baseline_fatalities: u64,
    /// Baseline events per period (scaled to the recent window's period length).
    pub baseline_rate: f64,
    /// Recent events per period.
    pub recent_rate: f64,
    /// recent rate / baseline rate (infinite when the baseline had none).
    pub ratio: f64,
    /// Exact conditional binomial two-sided p-value.
    pub p_exact: f64,
    /// Pearson dispersion of baseline period counts (1 = Poisson).
    pub dispersion: f64,
    /// Quasi-Poisson Wald p-value when dispersion > 1.
    pub p_overdispersed: Option<f64>,
    /// max(p_exact, p_overdispersed): the p-value the verdict uses.
    pub p_value: f64,
    /// Benjamini–Hochberg adjusted across the groups of one report.
    pub q_value: f64,
    pub verdict: Verdict,
}

/// Minimum events in window + baseline for a verdict; below this even an
/// exact test has almost no power and a "falling" from 2 to 0 means nothing.
pub const MIN_EVENTS: u64 = 5;

/// Tests recent vs baseline counts with exposures in days. `baseline_periods`
/// are the per-period baseline counts (for the dispersion estimate).
/// The verdict is provisional (uses the unadjusted p-value) until
/// [`adjust`] is applied across groups.
pub fn resurgence_test(
    recent_count: u64,
    recent_days: u32,
    baseline_count: u64,
    baseline_days: u32,
    baseline_periods: &[u64],
    period_days: f64,
    alpha: f64,
) -> Resurgence {
    let (t1, t2) = (recent_days.max(1) as f64, baseline_days.max(1) as f64);
    let n = recent_count + baseline_count;
    let p0 = t1 / (t1 + t2);
    let exact = binomial_test(recent_count, n, p0);
    let recent_rate = recent_count as f64 / t1 * period_days;
    let baseline_rate = baseline_count as f64 / t2 * period_days;
    let ratio = if baseline_count == 0 {
        if recent_count == 0 {
            1.0
        } else {
            f64::INFINITY
        }
    } else {
        (recent_count as f64 / t1) / (baseline_count as f64 / t2)
    };
    let dispersion = pearson_dispersion(baseline_periods);
    let p_overdispersed = (dispersion > 1.0).then(|| {
        // Log rate ratio with 0.5 added to each count so empty windows
        // have a finite statistic.
        let (k1, k2) = (recent_count as f64 + 0.5, baseline_count as f64 + 0.5);
        let lrr = (k1 / t1).ln() - (k2 / t2).ln();
        let se = (dispersion * (1.0 / k1 + 1.0 / k2)).sqrt();
        (2.0 * normal_sf((lrr / se).abs())).min(1.0)
    });
    let p_value = p_overdispersed.map_or(exact.two_sided, |q| q.max(exact.two_sided));
    let mut r = Resurgence {
        recent_count,
        recent_days,
        baseline_count,
        baseline_days,
        recent_fatalities: 0,
        baseline_fatalities: 0,
        baseline_rate,
        recent_rate,
        ratio,
        p_exact: exact.two_sided,
        dispersion,
        p_overdispersed,
        p_value,
        q_value: p_value,
        verdict: Verdict::Stable,
    };
    r.verdict = verdict(&r, alpha);
    r
}

fn verdict(r: &Resurgence, alpha: f64) -> Verdict {
    if r.recent_count + r.baseline_count < MIN_EVENTS {
        Verdict::Insufficient
    } else if r.q_value < alpha && r.ratio > 1.0 {
        Verdict::Rising
    } else if r.q_value < alpha && r.ratio < 1.0 {
        Verdict::Falling
    } else {
        Verdict::Stable
    }
}

/// Pearson χ²/df of period counts around their mean; 1.0 when it cannot be
/// estimated (fewer than two periods or no events).
pub fn pearson_dispersion(counts: &[u64]) -> f64 {
    if counts.len() < 2 {
        return 1.0;
    }
    let mean = counts.iter().sum::<u64>() as f64 / counts.len() as f64;
    if mean <= 0.0 {
        return 1.0;
    }
    let chi2: f64 = counts
        .iter()
        .map(|&c| (c as f64 - mean).powi(2) / mean)
        .sum();
    chi2 / (counts.len() - 1) as f64
}

/// Benjamini–Hochberg adjusted p-values (same order as the input).
pub fn benjamini_hochberg(p: &[f64]) -> Vec<f64> {
    let m = p.len();
    let mut idx: Vec<usize> = (0..m).collect();
    idx.sort_by(|&a, &b| p[b].total_cmp(&p[a])); // descending
    let mut out = vec![1.0; m];
    let mut running = 1.0f64;
    for (pos, &i) in idx.iter().enumerate() {
        let rank = m - pos; // 1-based rank in ascending order
        let adj = (p[i] * m as f64 / rank as f64).min(1.0);
        running = running.min(adj);
        out[i] = running;
    }
    out
}

/// Options of a trends report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Params {
    pub by: GroupBy,
    pub period: Period,
    /// Periods in the recent window (the last one contains `as_of`).
    pub window: u32,
    /// Periods in the trailing baseline, just before the window.
    pub baseline: u32,
    /// End of the analysis; defaults to the latest event date.
    pub as_of: Option<NaiveDate>,
    pub alpha: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            by: GroupBy::Country,
            period: Period::Week,
            window: 4,
            baseline: 12,
            as_of: None,
            alpha: 0.05,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupTrend {
    pub group: String,
    pub total_events: u64,
    pub total_fatalities: u64,
    pub resurgence: Resurgence,
    /// Baseline and window periods, oldest first.
    pub series: Vec<Bucket>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub params: Params,
    pub as_of: Option<NaiveDate>,
    pub data_start: Option<NaiveDate>,
    pub baseline_start: Option<NaiveDate>,
    pub window_start: Option<NaiveDate>,
    /// Groups with events, most recent events first.
    pub groups: Vec<GroupTrend>,
}

fn days_between(a: NaiveDate, b: NaiveDate) -> u32 {
    // Inclusive day count of [a, b]; 0 when b < a.
    u32::try_from(((b - a).num_days() + 1).max(0)).unwrap_or(u32::MAX)
}

/// Series and resurgence test per group.
pub fn trends(obs: &[Observation], params: &Params) -> Result<Report, Error> {
    trends_with_coverage(obs, params, None)
}

/// First day of the baseline for a report ending `as_of`: callers holding
/// many events load only those from this day on (see
/// [`trends_with_coverage`]).
pub fn analysis_start(as_of: NaiveDate, params: &Params) -> Option<NaiveDate> {
    let last = period_start(as_of, params.period);
    let window_start = periods_back(last, params.period, params.window.checked_sub(1)?)?;
    periods_back(window_start, params.period, params.baseline)
}

/// Like [`trends`], for observations that may have been cut to start at
/// [`analysis_start`]: `coverage_start` is the first day of the whole data
/// set (days before it are not exposure), which the cut observations can no
/// longer tell. Group totals then cover the analysed span only.
pub fn trends_with_coverage(
    obs: &[Observation],
    params: &Params,
    coverage_start: Option<NaiveDate>,
) -> Result<Report, Error> {
    if params.window == 0 || params.baseline == 0 {
        return Err(Error::EmptyWindow);
    }
    if !(params.alpha > 0.0 && params.alpha < 1.0) {
        return Err(Error::Alpha);
    }
    let dates = obs.iter().filter_map(|o| o.date);
    let data_start = match (coverage_start, dates.clone().min()) {
        (Some(c), Some(d)) => Some(c.min(d)),
        (c, d) => c.or(d),
    };
    let as_of = params.as_of.or_else(|| dates.max());
    let (Some(as_of), Some(data_start)) = (as_of, data_start) else {
        return Ok(Report {
            params: params.clone(),
            as_of,
            data_start,
            baseline_start: None,
            window_start: None,
            groups: Vec::new(),
        });
    };
    let p = params.period;
    let last = period_start(as_of, p);
    let window_start = periods_back(last, p, params.window - 1).ok_or(Error::DateRange)?;
    let baseline_start = periods_back(window_start, p, params.baseline).ok_or(Error::DateRange)?;
    let window_end = as_of;
    let baseline_end = window_start.pred_opt().ok_or(Error::DateRange)?;
    // Days before the first event in the data are not coverage, so they do
    // not count as exposure.
    let recent_days = days_between(window_start.max(data_start), window_end);
    let baseline_days = days_between(baseline_start.max(data_start), baseline_end);
    let period_days = match p {
        Period::Week => 7.0,
        Period::Month => 365.25 / 12.0,
    };

    // Periods before the data starts hold no information (and a long
    // baseline could otherwise mean thousands of empty buckets per group).
    let series_start = baseline_start.max(period_start(data_start, p));
    let all = series(obs, params.by, p, series_start, window_end);
    let mut totals: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for o in obs {
        for g in o.groups(params.by) {
            let t = totals.entry(g).or_default();
            t.0 += 1;
            t.1 += o.fatalities.unwrap_or(0) as u64;
        }
    }
    let mut groups: Vec<GroupTrend> = all
        .into_iter()
        .map(|(group, buckets)| {
            let (base, recent) =
                buckets.split_at(buckets.partition_point(|b| b.start < window_start));
            let count = |bs: &[Bucket]| bs.iter().map(|b| b.events).sum::<u64>();
            let fat = |bs: &[Bucket]| bs.iter().map(|b| b.fatalities).sum::<u64>();
            // Only fully covered baseline periods inform the dispersion.
            let base_counts: Vec<u64> = base
                .iter()
                .filter(|b| b.start >= data_start)
                .map(|b| b.events)
                .collect();
            let mut r = resurgence_test(
                count(recent),
                recent_days,
                count(base),
                baseline_days,
                &base_counts,
                period_days,
                params.alpha,
            );
            r.recent_fatalities = fat(recent);
            r.baseline_fatalities = fat(base);
            let (te, tf) = totals.get(&group).copied().unwrap_or_default();
            GroupTrend {
                group,
                total_events: te,
                total_fatalities: tf,
                resurgence: r,
                series: buckets,
            }
        })
        .collect();
    adjust(&mut groups, params.alpha);
    groups.sort_by(|a, b| {
        b.resurgence
            .recent_count
            .cmp(&a.resurgence.recent_count)
            .then(a.group.cmp(&b.group))
    });
    Ok(Report {
        params: params.clone(),
        as_of: Some(as_of),
        data_start: Some(data_start),
        baseline_start: Some(baseline_start),
        window_start: Some(window_start),
        groups,
    })
}

/// Applies Benjamini–Hochberg across groups (testing every group at alpha
/// would flag ~5% of quiet groups as changing) and recomputes verdicts.
pub fn adjust(groups: &mut [GroupTrend], alpha: f64) {
    let p: Vec<f64> = groups.iter().map(|g| g.resurgence.p_value).collect();
    for (g, q) in groups.iter_mut().zip(benjamini_hochberg(&p)) {
        g.resurgence.q_value = q;
        g.resurgence.verdict = verdict(&g.resurgence, alpha);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol * b.abs().max(1e-300)
    }

    #[test]
    fn ln_gamma_matches_factorials() {
        let mut f = 1.0f64;
        for n in 1..30u32 {
            f *= n as f64;
            assert!(close(ln_gamma(n as f64 + 1.0), f.ln(), 1e-12), "n={n}");
        }
        // Γ(1/2) = √π
        assert!(close(
            ln_gamma(0.5),
            std::f64::consts::PI.sqrt().ln(),
            1e-12
        ));
    }

    // Reference values: exact sums with Python's fractions.Fraction and
    // math.comb (the same definition as R's binom.test).
    #[test]
    fn binomial_test_matches_exact_sums() {
        let t = binomial_test(10, 12, 0.25);
        assert!(close(t.greater, 3.761_053_085_327_148_4e-5, 1e-9));
        assert!(close(t.two_sided, 3.761_053_085_327_148_4e-5, 1e-9));
        let t = binomial_test(1, 20, 1.0 / 3.0);
        assert!(close(t.less, 0.003_308_015_258_038_892_4, 1e-9));
        assert!(close(t.two_sided, 0.007_032_584_232_328_049, 1e-9));
        let t = binomial_test(3, 10, 0.5);
        assert!(close(t.less, 0.171_875, 1e-12));
        assert!(close(t.greater, 0.945_312_5, 1e-12));
        assert!(close(t.two_sided, 0.343_75, 1e-12));
        let t = binomial_test(7, 7, 0.2);
        assert!(close(t.greater, 1.28e-5, 1e-9));
    }

    #[test]
    fn normal_tail_is_accurate() {
        assert!((normal_sf(0.0) - 0.5).abs() < 1e-7);
        assert!((normal_sf(1.959_963_985) - 0.025).abs() < 1e-7);
        assert!((normal_sf(-1.0) - 0.841_344_746).abs() < 1e-7);
    }

    #[test]
    fn doubling_rate_is_rising_and_halving_is_falling() {
        // 28 days at 4/week vs 84 days at 2/week: 16 vs 24 events.
        let r = resurgence_test(16, 28, 24, 84, &[2; 12], 7.0, 0.05);
        assert!(close(r.ratio, 2.0, 1e-12));
        assert!(close(r.baseline_rate, 2.0, 1e-12));
        // Conditional test: 16 of 40 with p = 0.25.
        let direct = binomial_test(16, 40, 0.25).two_sided;
        assert!(close(r.p_exact, direct, 1e-12));
        assert!(r.p_value < 0.05, "{r:?}");
        assert_eq!(r.verdict, Verdict::Rising);
        let r = resurgence_test(2, 28, 48, 84, &[4; 12], 7.0, 0.05);
        assert_eq!(r.verdict, Verdict::Falling);
        let r = resurgence_test(8, 28, 24, 84, &[2; 12], 7.0, 0.05);
        assert_eq!(r.verdict, Verdict::Stable);
        let r = resurgence_test(2, 28, 0, 84, &[0; 12], 7.0, 0.05);
        assert_eq!(r.verdict, Verdict::Insufficient);
    }

    #[test]
    fn overdispersion_makes_the_test_more_conservative() {
        let calm = resurgence_test(
            20,
            28,
            30,
            84,
            &[2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 3],
            7.0,
            0.05,
        );
        let bursty = resurgence_test(
            20,
            28,
            30,
            84,
            &[0, 0, 15, 0, 0, 0, 15, 0, 0, 0, 0, 0],
            7.0,
            0.05,
        );
        assert!(calm.dispersion < 1.0 && calm.p_overdispersed.is_none());
        assert!(bursty.dispersion > 5.0);
        assert!(bursty.p_value > calm.p_value);
        assert_eq!(calm.verdict, Verdict::Rising);
        assert_eq!(bursty.verdict, Verdict::Stable);
    }

    #[test]
    fn bh_matches_hand_computation() {
        // Sorted p: .01 .02 .03 .5 -> m/rank: .04 .04 .04 .5
        let q = benjamini_hochberg(&[0.5, 0.01, 0.03, 0.02]);
        let want = [0.5, 0.04, 0.04, 0.04];
        for (a, b) in q.iter().zip(want) {
            assert!(close(*a, b, 1e-12), "{q:?}");
        }
    }

    #[test]
    fn periods_align_to_monday_and_month_start() {
        assert_eq!(period_start(d(2024, 3, 7), Period::Week), d(2024, 3, 4));
        assert_eq!(period_start(d(2024, 3, 4), Period::Week), d(2024, 3, 4));
        assert_eq!(period_start(d(2024, 3, 31), Period::Month), d(2024, 3, 1));
        assert_eq!(
            periods_back(d(2024, 2, 1), Period::Month, 3),
            Some(d(2023, 11, 1))
        );
        assert_eq!(
            next_period(d(2023, 12, 1), Period::Month),
            Some(d(2024, 1, 1))
        );
    }

    fn obs(date: NaiveDate, country: &str, fatalities: u32) -> Observation {
        Observation {
            date: Some(date),
            country: Some(country.into()),
            admin1: Some("North".into()),
            actor1: Some("A".into()),
            actor2: Some("B".into()),
            event_type: Some("Battles".into()),
            fatalities: Some(fatalities),
        }
    }

    #[test]
    fn report_detects_a_surge_in_one_country_only() {
        let mut v = Vec::new();
        let start = d(2024, 1, 1); // a Monday
        for day in 0..112i64 {
            let date = start + Duration::days(day);
            // Steady: one event every other day in both countries.
            if day % 2 == 0 {
                v.push(obs(date, "Calmland", 1));
                v.push(obs(date, "Surgeland", 1));
            }
            // Surge: three extra a day in the last four weeks.
            if day >= 84 {
                for _ in 0..3 {
                    v.push(obs(date, "Surgeland", 2));
                }
            }
        }
        let params = Params::default();
        let rep = trends(&v, &params).unwrap();
        assert_eq!(rep.as_of, Some(start + Duration::days(111)));
        assert_eq!(rep.window_start, Some(start + Duration::days(84)));
        let get = |name: &str| rep.groups.iter().find(|g| g.group == name).unwrap();
        let s = get("Surgeland");
        assert_eq!(s.resurgence.verdict, Verdict::Rising);
        assert_eq!(s.resurgence.recent_count, 14 + 84);
        assert_eq!(s.resurgence.baseline_count, 42);
        assert_eq!(s.series.len(), 16);
        let c = get("Calmland");
        assert_eq!(c.resurgence.verdict, Verdict::Stable);
        assert!(close(c.resurgence.ratio, 1.0, 1e-9));
        // Actor grouping counts each event for both actors.
        let by_actor = trends(
            &v,
            &Params {
                by: GroupBy::Actor,
                ..params
            },
        )
        .unwrap();
        assert_eq!(by_actor.groups.len(), 2);
        assert_eq!(by_actor.groups[0].total_events, v.len() as u64);
    }

    #[test]
    fn partial_current_period_does_not_read_as_falling() {
        // Steady 1 event/day; as_of is a Tuesday, so the last week has 2 days.
        let start = d(2024, 1, 1);
        let v: Vec<Observation> = (0..100)
            .map(|i| obs(start + Duration::days(i), "X", 0))
            .collect();
        let rep = trends(&v, &Params::default()).unwrap();
        let r = &rep.groups[0].resurgence;
        assert!(close(r.ratio, 1.0, 1e-9), "{r:?}");
        assert_eq!(r.verdict, Verdict::Stable);
    }

    #[test]
    fn baseline_longer_than_the_data_counts_only_covered_days() {
        // 20 days of data, one event a day; a 52-week baseline.
        let start = d(2024, 1, 1);
        let v: Vec<Observation> = (0..20)
            .map(|i| obs(start + Duration::days(i), "X", 0))
            .collect();
        let p = Params {
            window: 1,
            baseline: 52,
            ..Default::default()
        };
        let rep = trends(&v, &p).unwrap();
        let g = &rep.groups[0];
        // Window: Monday 15 Jan .. Saturday 20 Jan; baseline: 1 .. 14 Jan.
        assert_eq!(g.resurgence.recent_days, 6);
        assert_eq!(g.resurgence.baseline_days, 14);
        assert_eq!(g.series.len(), 3);
        assert!(close(g.resurgence.ratio, 1.0, 1e-9));
    }

    #[test]
    fn cut_observations_with_coverage_give_the_same_test() {
        let start = d(2023, 1, 2);
        let v: Vec<Observation> = (0..400)
            .filter(|i| i % 3 != 0)
            .map(|i| obs(start + Duration::days(i), "X", 1))
            .collect();
        let p = Params::default();
        let full = trends(&v, &p).unwrap();
        let as_of = full.as_of.unwrap();
        let from = analysis_start(as_of, &p).unwrap();
        assert_eq!(Some(from), full.baseline_start);
        let cut: Vec<Observation> = v
            .iter()
            .filter(|o| o.date.is_some_and(|d| d >= from))
            .cloned()
            .collect();
        let part = trends_with_coverage(&cut, &p, Some(start)).unwrap();
        assert_eq!(part.groups[0].resurgence, full.groups[0].resurgence);
        assert_eq!(part.groups[0].series, full.groups[0].series);
    }

    #[test]
    fn bad_params_are_errors_and_empty_input_is_empty() {
        let p = Params {
            window: 0,
            ..Default::default()
        };
        assert_eq!(trends(&[], &p).unwrap_err(), Error::EmptyWindow);
        let rep = trends(&[], &Params::default()).unwrap();
        assert!(rep.groups.is_empty());
    }
}
