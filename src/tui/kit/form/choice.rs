//! One of a few options: ↑ ↓ (or ← →) step through them, a letter jumps to the next option
//! starting with it (f → female).

use crate::model::search::fold;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choice {
    options: Vec<String>,
    selected: usize,
}

impl Choice {
    pub fn new(options: Vec<String>, selected: usize) -> Choice {
        let selected = selected.min(options.len().saturating_sub(1));
        Choice { options, selected }
    }

    pub fn options(&self) -> &[String] {
        &self.options
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The chosen option's name (empty when there are none).
    pub fn name(&self) -> &str {
        self.options.get(self.selected).map_or("", String::as_str)
    }

    /// The previous (negative) or next option, wrapping round.
    pub fn step(&mut self, delta: isize) {
        if !self.options.is_empty() {
            let len = self.options.len() as isize;
            self.selected = (self.selected as isize + delta).rem_euclid(len) as usize;
        }
    }

    /// The next option, after the chosen one, whose name starts with the typed letter.
    pub fn first_letter(&mut self, typed: &str) {
        let Some(first) = typed.chars().next() else {
            return;
        };
        let wanted = fold(&first.to_string());
        let len = self.options.len();
        if let Some(found) = (1..=len)
            .map(|step| (self.selected + step) % len)
            .find(|i| fold(&self.options[*i]).starts_with(&wanted))
        {
            self.selected = found;
        }
    }

    pub fn key(&mut self, key: KeyEvent) -> bool {
        match key.code {
            KeyCode::Left => self.step(-1),
            KeyCode::Right => self.step(1),
            KeyCode::Home => self.selected = 0,
            KeyCode::End => self.selected = self.options.len().saturating_sub(1),
            _ => return false,
        }
        true
    }
}
