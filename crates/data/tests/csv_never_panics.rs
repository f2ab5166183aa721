//! Property: `parse_csv` returns a dataset or an error for any input, never panics, and a
//! successful result is internally consistent.

use neurite_data::{parse_csv, Label, Task};
use proptest::prelude::*;

fn check(text: &str, label: Option<&str>) {
    match parse_csv(text, label) {
        Ok(ds) => {
            assert!(!ds.points.is_empty());
            assert_eq!(ds.column_names.len(), ds.dims);
            for p in &ds.points {
                assert_eq!(p.coords.len(), ds.dims);
                assert!(p.coords.iter().all(|c| c.is_finite()));
                match (ds.task, p.label) {
                    (Task::Regression, Label::Value(v)) => assert!(v.is_finite()),
                    (t, Label::Class(c)) => assert!(t.classes().is_some_and(|k| c < k)),
                    other => panic!("{other:?}"),
                }
            }
        }
        Err(e) => assert!(e.line >= 1),
    }
}

proptest! {
    #[test]
    fn arbitrary_strings(text in any::<String>(), label in proptest::option::of(any::<String>())) {
        check(&text, label.as_deref());
    }

    #[test]
    fn csv_like_strings(text in "[a-c0-9.,\"\r\n eE+-]{0,200}", pick in 0usize..3) {
        let label = ["a", "b", "c"].get(pick).copied();
        check(&text, label);
        check(&format!("a,b,c\n{text}"), label);
    }
}

fn label_text() -> impl Strategy<Value = String> {
    prop_oneof![
        (-3i32..3).prop_map(|v| v.to_string()),
        any::<f64>().prop_map(|v| v.to_string()),
        "[a-d]{0,2}",
    ]
}

proptest! {
    #[test]
    fn well_formed_rows_with_extreme_numbers(
        rows in proptest::collection::vec((any::<f64>(), any::<f64>(), label_text()), 1..30),
        crlf in any::<bool>(),
    ) {
        let newline = if crlf { "\r\n" } else { "\n" };
        let mut text = format!("a,b,y{newline}");
        for (a, b, y) in &rows {
            text.push_str(&format!("{a},{b:e},{y}{newline}"));
        }
        check(&text, None);
        check(&text, Some("a"));
    }
}
