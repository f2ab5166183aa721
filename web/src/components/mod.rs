//! One component per file, each with its props beside it.

pub mod controls;
pub mod data_editor;
pub mod data_panel;
pub mod features;
pub mod fit_view;
pub mod heatmap;
pub mod inspector;
pub mod lang_switch;
pub mod link;
pub mod loss_chart;
pub mod network_view;
pub mod neuron;
pub mod number_field;
pub mod output_panel;
pub mod share;
pub mod slider;
pub mod training;
