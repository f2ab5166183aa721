//! One component per file, each with its props beside it; each a pure function of its props
//! (local UI state aside), rendering from `view` data and emitting `store::Action`s.
//!
//! The fifth layer: components use `platform`, `view` and `store` types, never the engine.

pub mod banner;
pub mod controls;
pub mod data_editor;
pub mod data_panel;
pub mod features;
pub mod fit_view;
pub mod heatmap;
pub mod inspector;
pub mod lab_field;
pub mod lang_switch;
pub mod link;
pub mod link_canvas;
pub mod loss_chart;
pub mod network_view;
pub mod neuron;
pub mod number_field;
pub mod output_panel;
pub mod page;
pub mod plot;
pub mod point_panel;
pub mod query_panel;
pub mod share;
pub mod slider;
pub mod state_file;
pub mod storage_note;
pub mod term_link;
pub mod training;
pub mod update_walk;
