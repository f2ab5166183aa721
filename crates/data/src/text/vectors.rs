//! Word vectors read out of a trained embedding table (`V × D`, row `id` = the word's
//! vector): cosine similarity `cos(a, b) = a·b / (‖a‖·‖b‖)` (0 when either is the zero
//! vector), nearest neighbours, and analogies `a − b + c` (king − man + woman ≈ queen),
//! whose nearest words exclude the three asked about, as is usual.

/// `a·b / (‖a‖‖b‖)` in f64, 0 for a zero vector.
pub fn cosine(a: &[f32], b: &[f32]) -> f64 {
    let (mut ab, mut aa, mut bb) = (0.0f64, 0.0f64, 0.0f64);
    for (&x, &y) in a.iter().zip(b) {
        ab += x as f64 * y as f64;
        aa += x as f64 * x as f64;
        bb += y as f64 * y as f64;
    }
    if aa == 0.0 || bb == 0.0 {
        0.0
    } else {
        ab / (libm::sqrt(aa) * libm::sqrt(bb))
    }
}

/// Row `id` of a `V × dim` table (empty when out of range).
pub fn row(table: &[f32], dim: usize, id: u32) -> &[f32] {
    let start = (id as usize).saturating_mul(dim);
    table.get(start..start.saturating_add(dim)).unwrap_or(&[])
}

/// The `k` ids whose rows are most similar to `query` (ties: lower id first), skipping
/// `exclude`, with their similarities.
pub fn nearest(
    table: &[f32],
    dim: usize,
    query: &[f32],
    exclude: &[u32],
    k: usize,
) -> Vec<(u32, f64)> {
    if dim == 0 {
        return Vec::new();
    }
    let mut scored: Vec<(u32, f64)> = (0..(table.len() / dim) as u32)
        .filter(|id| !exclude.contains(id))
        .map(|id| (id, cosine(row(table, dim, id), query)))
        .collect();
    scored.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    scored.truncate(k);
    scored
}

/// The words nearest `a − b + c`, excluding `a`, `b` and `c`.
pub fn analogy(table: &[f32], dim: usize, a: u32, b: u32, c: u32, k: usize) -> Vec<(u32, f64)> {
    let (ra, rb, rc) = (row(table, dim, a), row(table, dim, b), row(table, dim, c));
    if ra.len() != dim || rb.len() != dim || rc.len() != dim {
        return Vec::new();
    }
    let q: Vec<f32> = (0..dim).map(|i| ra[i] - rb[i] + rc[i]).collect();
    nearest(table, dim, &q, &[a, b, c], k)
}
