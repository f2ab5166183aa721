//! How numbers are written in read-outs.

/// Formats a metric for the `loss-*` readouts: plain decimal, `-` when missing.
pub fn format_metric(v: Option<f32>) -> String {
    match v {
        Some(v) if v.is_finite() => format!("{v:.3}"),
        Some(v) if v.is_nan() => "NaN".to_string(),
        Some(v) if v > 0.0 => "Infinity".to_string(),
        Some(_) => "-Infinity".to_string(),
        None => "-".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric_formatting() {
        assert_eq!(format_metric(Some(0.12345)), "0.123");
        assert_eq!(format_metric(None), "-");
        assert_eq!(format_metric(Some(f32::NAN)), "NaN");
    }
}
