//! What a render reads, as plain data: the network's parameters, sampled pictures of every
//! neuron, the points, the curves, colours and plot geometry.
//!
//! The second layer: no engine, no yew state, no browser. The store fills these from the
//! engine after each change and hands them to components as `Rc`s, so a render never touches
//! the engine and props compare by version, not by value.

pub mod colors;
pub mod curves;
pub mod data;
pub mod features;
pub mod field;
pub mod format;
pub mod ids;
pub mod layout;
pub mod model;
pub mod net;
pub mod plane;
pub mod plot;
pub mod query;
pub mod strokes;
pub mod thumbs;
pub mod trace;
pub mod walk;

pub use curves::Curves;
pub use data::{DrawTool, PointView, Split};
pub use field::{Field, FieldKind, Fit, PlotMode};
pub use format::format_metric;
pub use ids::{LinkId, NeuronId, Selection};
pub use model::ModelInfo;
pub use net::{LayerView, NetView, NeuronFn};
pub use query::QueryView;
pub use trace::{LossKind, Trace};
