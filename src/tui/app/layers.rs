//! What covers the screen, as a stack: help over a form, the palette over the conflicts
//! list, the quit question over anything. The top layer gets each key first; what it leaves
//! goes to the current screen (never to the layers below it, which wait their turn). Esc
//! closes the top layer only, so help opened over a form goes back to the form.

use super::Overlay;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layers(Vec<Overlay>);

impl Layers {
    /// The layer that gets keys now.
    pub fn top(&self) -> Option<&Overlay> {
        self.0.last()
    }

    /// The layer just under the top one.
    pub fn under_top(&self) -> Option<&Overlay> {
        self.0.len().checked_sub(2).and_then(|i| self.0.get(i))
    }

    pub fn top_mut(&mut self) -> Option<&mut Overlay> {
        self.0.last_mut()
    }

    /// Put a layer over the others.
    pub fn push(&mut self, layer: Overlay) {
        self.0.push(layer);
    }

    /// Put `layer` on top when there is one (tests drawing every kind of layer).
    pub fn extend(&mut self, layer: Option<Overlay>) {
        self.0.extend(layer);
    }

    /// Close the top layer, giving it back.
    pub fn pop(&mut self) -> Option<Overlay> {
        self.0.pop()
    }

    /// Close every layer (another session opened: what covered the old one is gone).
    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Bottom to top: the order they are drawn in.
    pub fn iter(&self) -> impl Iterator<Item = &Overlay> {
        self.0.iter()
    }

    /// Whether any layer is of this kind (the quit question must not open twice).
    pub fn any(&self, is: impl Fn(&Overlay) -> bool) -> bool {
        self.0.iter().any(is)
    }
}
