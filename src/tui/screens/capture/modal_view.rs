//! Drawing what is open over the board: the editor, prompts, pick lists, forms and the
//! draft offer.

use super::field_form::{FieldForm, FieldInput};
use super::modal::{picker_items, tag_suggestions};
use super::state::{Editor, Modal, Picker, Prompt, PromptKind};
use crate::tui::app::App;
use crate::tui::kit::text::{fit as clip, has_hidden, preview};
use crate::tui::theme::Theme;
use crate::tui::widgets::centred;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use ratatui_textarea::TextArea;

pub fn render(app: &App, frame: &mut Frame, area: Rect, modal: &Modal) {
    match modal {
        Modal::Editor(editor) => editor_view(app, frame, area, editor),
        Modal::Prompt(prompt) => prompt_view(app, frame, area, prompt),
        Modal::Pick(picker) => picker_view(app, frame, area, picker),
        Modal::Form(form) => form_view(app.theme, frame, area, form),
        Modal::DraftOffer => draft_offer_view(app, frame, area),
    }
}

fn boxed<'a>(theme: Theme, title: String) -> Block<'a> {
    Block::bordered()
        .border_style(theme.border())
        .title(Span::styled(format!(" {title} "), theme.title()))
}

/// A text area draws through `&self` (its scroll position lives in a cell), so render can
/// stay read-only.
fn text_area(frame: &mut Frame, area: Rect, input: &TextArea<'static>) {
    frame.render_widget(input, area);
}

fn editor_view(app: &App, frame: &mut Frame, area: Rect, editor: &Editor) {
    let theme = app.theme;
    // The lower part of the board: the columns stay visible above.
    let height = (area.height * 2 / 3).max(8).min(area.height);
    let boxed_area = Rect {
        x: area.x,
        y: area.y + area.height - height,
        width: area.width,
        height,
    };
    let workshop = app.session.as_ref().map(|s| s.workshop());
    let group = editor
        .group
        .and_then(|g| workshop.and_then(|w| w.group(g)))
        .map(|g| clip(&preview(&g.name), 24))
        .unwrap_or_else(|| "no group".to_string());
    let verb = if editor.target.is_some() {
        "Edit"
    } else {
        "New"
    };
    let title = format!("{verb} {} · {group}", editor.kind.label());
    let block = boxed(theme, title);
    let inner = block.inner(boxed_area);
    frame.render_widget(Clear, boxed_area);
    frame.render_widget(block, boxed_area);
    let [text, notice, keys] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    text_area(frame, text, &editor.area);
    let notice_line = if let Some(error) = &editor.error {
        Line::styled(clip(error, usize::from(notice.width)), theme.error())
    } else if editor.area.lines().iter().any(|l| has_hidden(l)) {
        Line::styled(
            "holds control or direction characters: kept as typed, shown as [RLO], ␛ … on the board",
            theme.warning(),
        )
    } else {
        let chars: usize = editor.area.lines().iter().map(|l| l.chars().count()).sum();
        Line::styled(
            format!(
                "{} · {}",
                crate::tui::kit::text::count(chars, "character", "characters"),
                crate::tui::kit::text::count(editor.area.lines().len(), "line", "lines")
            ),
            theme.dim(),
        )
    };
    frame.render_widget(Paragraph::new(notice_line), notice);
    let hint = Line::from(vec![
        Span::styled("Enter", theme.key()),
        Span::styled(" save  ", theme.dim()),
        Span::styled("Alt-Enter", theme.key()),
        Span::styled(" new line  ", theme.dim()),
        Span::styled("Tab", theme.key()),
        Span::styled(format!(" kind: {}  ", editor.kind.label()), theme.dim()),
        Span::styled("Esc", theme.key()),
        Span::styled(" close (keeps a draft)", theme.dim()),
    ]);
    frame.render_widget(Paragraph::new(hint), keys);
}

fn prompt_view(app: &App, frame: &mut Frame, area: Rect, prompt: &Prompt) {
    let theme = app.theme;
    let (title, hint) = match prompt.kind {
        PromptKind::Tally { .. } => (
            "Votes: the room's tally",
            "a whole number · Enter sets it · Esc cancels",
        ),
        PromptKind::Tags { .. } => (
            "Tags",
            "comma between tags · Tab completes · Enter saves · Esc cancels",
        ),
    };
    let suggestions = match prompt.kind {
        PromptKind::Tags { .. } => tag_suggestions(app, &prompt.text()),
        PromptKind::Tally { .. } => Vec::new(),
    };
    let extra = u16::from(!suggestions.is_empty()) + u16::from(prompt.error.is_some());
    let boxed_area = centred(area, area.width.saturating_sub(4).min(72), 5 + extra);
    let block = boxed(theme, title.to_string());
    let inner = block.inner(boxed_area);
    frame.render_widget(Clear, boxed_area);
    frame.render_widget(block, boxed_area);
    let [input, rest] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
    text_area(frame, input, &prompt.input);
    let mut lines = vec![Line::raw("")];
    if !suggestions.is_empty() {
        lines.push(Line::styled(
            clip(
                &format!("known: {}", preview(&suggestions.join(", "))),
                usize::from(rest.width),
            ),
            theme.accent(),
        ));
    }
    if let Some(error) = &prompt.error {
        lines.push(Line::styled(error.clone(), theme.error()));
    }
    lines.push(Line::styled(hint, theme.dim()));
    frame.render_widget(Paragraph::new(lines), rest);
}

fn picker_view(app: &App, frame: &mut Frame, area: Rect, picker: &Picker) {
    let theme = app.theme;
    let title = match picker.kind {
        super::state::PickKind::Person { .. } => "Attribute to… (type part of a name)",
        super::state::PickKind::Group { .. } => "Move to the group…",
        super::state::PickKind::Link { .. } => "Link with… (Enter links or unlinks)",
    };
    let boxed_area = centred(area, area.width.saturating_sub(4).min(76), area.height);
    let block = boxed(theme, title.to_string());
    let inner = block.inner(boxed_area);
    frame.render_widget(Clear, boxed_area);
    frame.render_widget(block, boxed_area);
    let [filter, list, hint] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let [label, input] =
        Layout::horizontal([Constraint::Length(7), Constraint::Fill(1)]).areas(filter);
    frame.render_widget(Paragraph::new(Span::styled("find: ", theme.key())), label);
    text_area(frame, input, &picker.filter);
    let items = picker_items(app, picker);
    let height = usize::from(list.height);
    let offset = picker.list.visible_offset(height);
    let width = usize::from(list.width);
    let lines: Vec<Line> = if items.is_empty() {
        vec![Line::styled("nothing matches", theme.dim())]
    } else {
        items
            .iter()
            .enumerate()
            .skip(offset)
            .take(height)
            .map(|(i, item)| {
                let check = if item.checked { "✓ " } else { "  " };
                let note = if item.note.is_empty() {
                    String::new()
                } else {
                    format!("  {}", item.note)
                };
                let text = clip(&format!("{check}{}{note}", item.label), width);
                let line = Line::raw(text);
                if i == picker.list.selected {
                    line.patch_style(theme.selected())
                } else {
                    line
                }
            })
            .collect()
    };
    frame.render_widget(Paragraph::new(lines), list);
    frame.render_widget(
        Paragraph::new(Line::styled(
            "↑↓ choose · Enter pick · Esc cancel",
            theme.dim(),
        )),
        hint,
    );
}

fn form_view(theme: Theme, frame: &mut Frame, area: Rect, form: &FieldForm) {
    let height = form.fields.len() as u16 * 2 + 3 + u16::from(form.error.is_some());
    let boxed_area = centred(area, area.width.saturating_sub(4).min(76), height);
    let block = boxed(theme, form.title.clone());
    let inner = block.inner(boxed_area);
    frame.render_widget(Clear, boxed_area);
    frame.render_widget(block, boxed_area);
    let mut constraints = vec![Constraint::Length(2); form.fields.len()];
    constraints.push(Constraint::Fill(1));
    let rows = Layout::vertical(constraints).split(inner);
    for (i, field) in form.fields.iter().enumerate() {
        let Some(row) = rows.get(i).copied() else {
            continue;
        };
        let focused = i == form.focus;
        let [line, hint] =
            Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(row);
        let [label, value] =
            Layout::horizontal([Constraint::Length(14), Constraint::Fill(1)]).areas(line);
        let label_style = if focused { theme.key() } else { theme.dim() };
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {:<12} ", field.label), label_style)),
            label,
        );
        match &field.input {
            FieldInput::Text(input) if focused => text_area(frame, value, input),
            FieldInput::Text(input) => {
                frame.render_widget(Paragraph::new(preview(&input.lines().join(" "))), value)
            }
            FieldInput::Choice { options, selected } => {
                let chosen = options.get(*selected).map(String::as_str).unwrap_or("");
                let text = format!("‹ {} ›", preview(chosen));
                let style = if focused {
                    theme.selected()
                } else {
                    theme.text()
                };
                frame.render_widget(Paragraph::new(Span::styled(text, style)), value);
            }
        }
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!("{:15}{}", "", field.hint),
                theme.dim(),
            )),
            hint,
        );
    }
    if let Some(last) = rows.last().copied() {
        let mut lines = Vec::new();
        if let Some(error) = &form.error {
            lines.push(Line::styled(format!(" {error}"), theme.error()));
        }
        lines.push(Line::styled(
            " Tab/↑↓ field · ←→ choose · Enter next/accept · Ctrl-S accept · Esc cancel",
            theme.dim(),
        ));
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), last);
    }
}

fn draft_offer_view(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let boxed_area = centred(area, area.width.saturating_sub(4).min(72), 9);
    let block = boxed(theme, "A draft was kept".to_string());
    let inner = block.inner(boxed_area);
    frame.render_widget(Clear, boxed_area);
    frame.render_widget(block, boxed_area);
    let Some(draft) = &app.capture.drafts.kept else {
        frame.render_widget(Paragraph::new("There is no draft. Esc closes."), inner);
        return;
    };
    let workshop = app.session.as_ref().map(|s| s.workshop());
    let group = draft
        .group
        .and_then(|g| workshop.and_then(|w| w.group(g)))
        .map(|g| preview(&g.name))
        .unwrap_or_else(|| "no group".to_string());
    let what = if draft.entry.is_some() {
        format!(
            "changes to {}",
            crate::tui::kit::text::with_article(draft.kind.label())
        )
    } else {
        format!("a new {}", draft.kind.label())
    };
    let width = usize::from(inner.width);
    let lines = vec![
        Line::raw(clip(
            &format!(
                " {what} for {group}, typed {}:",
                draft.saved_at.format("%d %b %H:%M")
            ),
            width,
        )),
        Line::styled(
            clip(&format!(" “{}”", preview(&draft.text)), width),
            theme.accent(),
        ),
        Line::raw(""),
        Line::from(vec![
            Span::styled(" r", theme.key()),
            Span::styled("/", theme.dim()),
            Span::styled("Enter", theme.key()),
            Span::styled(" restore it in the editor   ", theme.text()),
            Span::styled("x", theme.key()),
            Span::styled(" discard it", theme.text()),
        ]),
        Line::from(vec![
            Span::styled(" Esc", theme.key()),
            Span::styled(" decide later (it stays on disk)", theme.dim()),
        ]),
    ];
    frame.render_widget(Paragraph::new(lines), inner);
}
