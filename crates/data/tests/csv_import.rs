//! CSV import: each label mode, each error (line and message), standardization.

use neurite_data::{parse_csv, CsvError, Dataset, Label, Task};

fn ok(text: &str, label: Option<&str>) -> Dataset {
    parse_csv(text, label).unwrap_or_else(|e| panic!("{e}"))
}

fn err(text: &str, label: Option<&str>) -> String {
    match parse_csv(text, label) {
        Ok(ds) => panic!("expected an error, got {ds:?}"),
        Err(e) => e.to_string(),
    }
}

fn classes(ds: &Dataset) -> Vec<usize> {
    ds.points.iter().filter_map(|p| p.label.class()).collect()
}

#[test]
fn binary_numeric_labels() {
    let ds = ok("a,b,label\n1,2,1\n3,4,-1\n5,6,1\n", None);
    assert_eq!(ds.task, Task::Binary);
    assert_eq!((ds.dims, ds.len()), (2, 3));
    assert_eq!(classes(&ds), vec![1, 0, 1]);
    assert_eq!(ds.class_names, vec!["-1", "1"]);
    assert_eq!(ds.column_names, vec!["a", "b"]);
}

#[test]
fn multiclass_integer_labels_and_named_label_column() {
    let ds = ok("y,x\n2,0.5\n0,1.5\n1,2.5\n2.0,3.5\n", Some("y"));
    assert_eq!(ds.task, Task::Multiclass { classes: 3 });
    assert_eq!(classes(&ds), vec![2, 0, 1, 2]);
    assert_eq!(ds.column_names, vec!["x"]);
    assert_eq!(ds.dims, 1);
}

#[test]
fn regression_labels_rescaled() {
    let ds = ok("x,price\n1,100.5\n2,200.5\n3,150.5\n", None);
    assert_eq!(ds.task, Task::Regression);
    let v: Vec<f32> = ds.points.iter().map(|p| p.label.as_f32()).collect();
    assert_eq!(v, vec![-1.0, 1.0, 0.0]);
}

#[test]
fn string_labels_sorted_order() {
    let text = "sepal,petal,species\n1,2,virginica\n3,4,setosa\n5,6,versicolor\n7,8,setosa\n";
    let ds = ok(text, None);
    assert_eq!(ds.task, Task::Multiclass { classes: 3 });
    assert_eq!(ds.class_names, vec!["setosa", "versicolor", "virginica"]);
    assert_eq!(classes(&ds), vec![2, 0, 1, 0]);
}

#[test]
fn standardization_is_numerically_right() {
    let ds = ok("a,b,c,y\n1,10,5,0\n2,10,-5,1\n3,10,5,0\n4,10,-5,1\n", None);
    let col = |j: usize| {
        ds.points
            .iter()
            .map(|p| f64::from(p.coords[j]))
            .collect::<Vec<_>>()
    };
    let s = libm::sqrt(1.25);
    let want = [-1.5 / s, -0.5 / s, 0.5 / s, 1.5 / s];
    for (a, b) in col(0).iter().zip(want) {
        assert!((a - b).abs() < 1e-6);
    }
    assert!(
        col(1).iter().all(|v| *v == 0.0),
        "constant column is centred"
    );
    assert_eq!(col(2), vec![1.0, -1.0, 1.0, -1.0]);
    for j in 0..3 {
        let c = col(j);
        let mean = c.iter().sum::<f64>() / 4.0;
        assert!(mean.abs() < 1e-6);
    }
}

#[test]
fn tolerant_formatting() {
    let text = "\u{feff} a , \"b, quoted\" , y \r\n\r\n 1 , 2 , cat \r\n\n\"3\",4,\"dog\"\r\n\r\n";
    let ds = ok(text, Some(" y"));
    assert_eq!(ds.column_names, vec!["a", "b, quoted"]);
    assert_eq!(ds.class_names, vec!["cat", "dog"]);
    assert_eq!(ds.len(), 2);
}

#[test]
fn errors_name_line_and_problem() {
    let cases: &[(&str, Option<&str>, &str)] = &[
        ("", None, "line 1: the file is empty"),
        ("\n  \n", None, "line 1: the file is empty"),
        (
            "a,b,y\n",
            None,
            "line 1: the file has a header but no data rows",
        ),
        (
            "\n\na,b,y\n\n",
            None,
            "line 3: the file has a header but no data rows",
        ),
        (
            "y\n1\n",
            None,
            "line 1: the header needs at least two columns: one or more features and a label",
        ),
        (
            "a,b,y\n1,2,0\n\n1,0\n",
            None,
            "line 4: expected 3 columns, found 2",
        ),
        (
            "a,b,y\n1,2,0\n1,x,1\n",
            None,
            "line 3: column \"b\": \"x\" is not a number",
        ),
        (
            "a,b,y\n1,,0\n",
            None,
            "line 2: column \"b\": \"\" is not a number",
        ),
        (
            "a,b,y\n1,inf,0\n",
            None,
            "line 2: column \"b\": \"inf\" is not a finite number",
        ),
        (
            "a,b,y\n1,2,NaN\n",
            None,
            "line 2: label \"NaN\" in column \"y\" is not a finite number",
        ),
        (
            "a,b,y\n1,2,0\n3,4,0\n",
            None,
            "line 1: label column \"y\" has only one class (\"0\"); need at least 2",
        ),
        (
            "a,b,y\n1,2,cat\n",
            None,
            "line 1: label column \"y\" has only one class (\"cat\"); need at least 2",
        ),
        (
            "a,b,y\n1,2,cat\n3,4,\n",
            None,
            "line 3: empty label in column \"y\"",
        ),
        (
            "a,b,y\n1,2,0\n",
            Some("z"),
            "line 1: no column named \"z\" in the header",
        ),
        (
            "a,b,y\n1,\"2,0\n",
            None,
            "line 2: unterminated quoted field in column 2 (the file ends inside its quotes)",
        ),
    ];
    for (text, label, want) in cases {
        assert_eq!(&err(text, *label), want, "input {text:?}");
    }
}

#[test]
fn size_limits() {
    let header: Vec<String> = (0..66).map(|i| format!("c{i}")).collect();
    let e = err(&format!("{}\n", header.join(",")), None);
    assert_eq!(
        e,
        "line 1: too many columns: 65 feature columns (at most 64)"
    );
    let mut text = String::from("x,y\n");
    for i in 0..20_001 {
        text.push_str(&format!("{i},{}\n", i % 2));
    }
    assert_eq!(
        err(&text, None),
        "line 20002: too many rows (at most 20000 data rows)"
    );
    let e = parse_csv(&text, None).err();
    assert_eq!(
        e,
        Some(CsvError {
            line: 20002,
            message: "too many rows (at most 20000 data rows)".into()
        })
    );
}

#[test]
fn huge_finite_values_stay_finite() {
    let ds = ok("a,y\n1e308,1e308\n-1e308,-1e308\n0,0.5\n", None);
    assert_eq!(ds.task, Task::Regression);
    for p in &ds.points {
        assert!(p.coords.iter().all(|c| c.is_finite()));
        assert!(matches!(p.label, Label::Value(v) if v.is_finite()));
    }
}

/// The same small dataset as people write it in each dialect: two features, string classes.
const PLAIN: &str = "x,y,kind\n1.5,2,cat\n-0.25,4,dog\n3,0.5,cat\n";

fn same_as_plain(text: &str) {
    let want = ok(PLAIN, None);
    let got = ok(text, None);
    assert_eq!(got, want, "input {text:?}");
}

#[test]
fn semicolons_with_decimal_commas() {
    same_as_plain("x;y;kind\n1,5;2;cat\n-0,25;4;dog\n3;0,5;cat\n");
    // Decimal points still read; a regression label with a decimal comma too.
    let ds = ok("a;price\n1;10,5\n2;20,5\n3.5;15,5\n", None);
    assert_eq!(ds.task, Task::Regression);
    let v: Vec<f32> = ds.points.iter().map(|p| p.label.as_f32()).collect();
    assert_eq!(v, vec![-1.0, 1.0, 0.0]);
}

#[test]
fn tabs_as_a_copied_spreadsheet_range_pastes_them() {
    same_as_plain("x\ty\tkind\n1.5\t2\tcat\n-0.25\t4\tdog\n3\t0.5\tcat\n");
    same_as_plain("x\ty\tkind\n1,5\t2\tcat\n-0,25\t4\tdog\n3\t0,5\tcat\n");
}

#[test]
fn quoted_fields_with_delimiters_and_line_breaks() {
    let text = "\"x\",\"y, in cm\",\"kind\"\n1.5,2,\"cat\"\n-0.25,4,\"dog\"\n3,0.5,\"cat\"\n";
    let ds = ok(text, None);
    assert_eq!(ds.column_names, vec!["x", "y, in cm"]);
    assert_eq!(ds.points, ok(PLAIN, None).points);
    // A header cell that spans two lines; the rows' lines are counted after it.
    let text = "x,\"y\n(cm)\",kind\n1.5,2,cat\n-0.25,4,dog\n3,oops,cat\n";
    assert_eq!(
        err(text, None),
        "line 5: column \"y\n(cm)\": \"oops\" is not a number"
    );
    // Class names with the delimiter and a line break in them.
    let ds = ok(
        "x;y;kind\n1;2;\"cat; big\"\n3;4;\"dog\r\nsmall\"\n5;6;\"cat; big\"\n",
        None,
    );
    assert_eq!(ds.class_names, vec!["cat; big", "dog\nsmall"]);
    assert_eq!(classes(&ds), vec![0, 1, 0]);
}

#[test]
fn bom_and_crlf() {
    same_as_plain("\u{feff}x,y,kind\r\n1.5,2,cat\r\n-0.25,4,dog\r\n3,0.5,cat\r\n");
    same_as_plain("\u{feff}x;y;kind\r\n1,5;2;cat\r\n-0,25;4;dog\r\n\r\n3;0,5;cat\r\n");
}

#[test]
fn empty_trailing_columns_are_dropped() {
    same_as_plain("x;y;kind;;\n1,5;2;cat;;\n-0,25;4;dog;;\n3;0,5;cat;;\n;;;;\n");
    same_as_plain("x,y,kind\n1.5,2,cat,\n-0.25,4,dog,,\n3,0.5,cat\n");
    same_as_plain("x,y,kind,\n1.5,2,cat\n-0.25,4,dog\n3,0.5,cat,\n");
    // An unnamed last column that the first row fills is the label, named by its number.
    let ds = ok("x,y,\n1,2,a\n3,4,b\n", None);
    assert_eq!((ds.column_names.len(), ds.class_names.len()), (2, 2));
    // Data past the header's columns is an error, not dropped.
    assert_eq!(
        err("x,y,kind,\n1.5,2,cat\n-0.25,4,dog,7\n", None),
        "line 3: expected 3 columns, found 4"
    );
}

#[test]
fn dialect_errors_name_line_and_column() {
    assert_eq!(
        err("x;y;kind\n1,5;2;cat\n1;2,x;dog\n", None),
        "line 3: column \"y\": \"2,x\" is not a number"
    );
    assert_eq!(
        err("x\ty\tkind\n1\t2\tcat\n1\t2\n", None),
        "line 3: expected 3 columns, found 2"
    );
    assert_eq!(
        err("x;y;kind\n1;\"2\n3;4;cat\n", None),
        "line 2: unterminated quoted field in column 2 (the file ends inside its quotes)"
    );
}
