//! Reporting training: JSON lines (`--json`) or a readable display — a line on stderr every
//! tenth of the run, then a summary and the share link on stdout.

use neurite_nn::EpochMetrics;
use serde::Serialize;

/// Accuracies, present for classification only.
#[derive(Serialize)]
struct Accuracy {
    train_acc: Option<f32>,
    val_acc: Option<f32>,
    test_acc: Option<f32>,
}

/// One `--json` line.
#[derive(Serialize)]
struct Line<'a> {
    #[serde(rename = "final", skip_serializing_if = "Option::is_none")]
    last: Option<bool>,
    epoch: usize,
    train_loss: Option<f32>,
    val_loss: Option<f32>,
    test_loss: Option<f32>,
    #[serde(flatten)]
    accuracy: Option<Accuracy>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stopped: Option<&'a str>,
    /// The final line's share link: `null` when the state is too large for one.
    #[serde(skip_serializing_if = "Option::is_none")]
    link: Option<Option<&'a str>>,
    /// Why the final line has no link.
    #[serde(skip_serializing_if = "Option::is_none")]
    link_error: Option<&'a str>,
}

/// How a run ended: why, and its share link or why there is none.
pub struct Ending<'a> {
    pub stopped: &'a str,
    pub link: Result<&'a str, &'a str>,
}

/// Where progress goes and how often.
pub struct Progress {
    json: bool,
    classification: bool,
    every: usize,
    next: usize,
}

fn show(v: Option<f32>) -> String {
    v.map_or_else(|| "—".into(), |v| format!("{v:.4}"))
}

impl Progress {
    pub fn new(json: bool, classification: bool, epochs: usize) -> Self {
        let every = (epochs / 10).max(1);
        Progress {
            json,
            classification,
            every,
            next: every,
        }
    }

    fn line<'a>(&self, m: &EpochMetrics, end: Option<&Ending<'a>>) -> Line<'a> {
        Line {
            last: end.map(|_| true),
            epoch: m.epoch,
            train_loss: m.train_loss,
            val_loss: m.val_loss,
            test_loss: m.test_loss,
            accuracy: self.classification.then_some(Accuracy {
                train_acc: m.train_acc,
                val_acc: m.val_acc,
                test_acc: m.test_acc,
            }),
            stopped: end.map(|e| e.stopped),
            link: end.map(|e| e.link.ok()),
            link_error: end.and_then(|e| e.link.err()),
        }
    }

    fn text(&self, m: &EpochMetrics) -> String {
        let mut s = format!(
            "epoch {:>6}  loss train {} val {} test {}",
            m.epoch,
            show(m.train_loss),
            show(m.val_loss),
            show(m.test_loss)
        );
        if self.classification {
            s.push_str(&format!(
                "  accuracy train {} val {} test {}",
                show(m.train_acc),
                show(m.val_acc),
                show(m.test_acc)
            ));
        }
        s
    }

    /// Report one finished epoch.
    pub fn epoch(&mut self, m: &EpochMetrics) {
        if self.json {
            if let Ok(text) = serde_json::to_string(&self.line(m, None)) {
                crate::out::line(&text);
            }
        } else if m.epoch >= self.next {
            eprintln!("{}", self.text(m));
            self.next = m.epoch + self.every;
        }
    }

    /// Report the final metrics, why training stopped and the share link.
    pub fn finish(&mut self, m: &EpochMetrics, end: &Ending) {
        if self.json {
            if let Ok(text) = serde_json::to_string(&self.line(m, Some(end))) {
                crate::out::line(&text);
            }
        } else {
            crate::out::line(format_args!("final {}", self.text(m)));
            crate::out::line(format_args!("stopped: {}", end.stopped));
            match end.link {
                Ok(link) => crate::out::line(format_args!("link: {link}")),
                Err(why) => crate::out::line(format_args!("link: none ({why})")),
            }
        }
    }
}
