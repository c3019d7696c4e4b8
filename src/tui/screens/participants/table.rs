//! The participant table: a heading line with the counts, the sort and the filter, then one
//! row per person. Only the rows that fit are built, so 2,000 people cost what 20 do.

use super::rows::{checked_in_at, gender_cell, shown_name, visible};
use super::state::{Mode, ParticipantsState};
use crate::model::{Participant, Stakeholder, Workshop};
use crate::tui::app::App;
use crate::tui::kit::text::{fit, one_line as safe};
use crate::tui::screen::Screen;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table};

pub fn render(app: &App, workshop: &Workshop, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let state = &app.participants;
    let today = app.today();
    let people = visible(workshop, &state.filter, state.sort, today);
    let (here, registered) = workshop.checked_in_count(today);
    frame.render_widget(
        Paragraph::new(heading(state, theme, here, registered, people.len())),
        Rect { height: 1, ..area },
    );
    let body = Rect {
        y: area.y.saturating_add(1),
        height: area.height.saturating_sub(1),
        ..area
    };
    if body.height == 0 {
        return;
    }
    if people.is_empty() {
        let text = if workshop.participants().next().is_none() {
            " Nobody is registered yet: a adds a person, i imports a CSV list, c checks in walk-ins."
        } else {
            " Nobody matches the filter (Esc clears it)."
        };
        frame.render_widget(Paragraph::new(Line::styled(text, theme.dim())), body);
        return;
    }
    // One line for the column headings.
    let rows_room = usize::from(body.height.saturating_sub(1));
    let list = app.list(Screen::Participants);
    let selected = list.selected.min(people.len() - 1);
    let offset = crate::tui::app::ListState {
        selected,
        offset: list.offset,
    }
    .visible_offset(rows_room);
    let rows: Vec<Row> = people
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows_room)
        .map(|(i, person)| {
            let row = row(person, today, theme);
            if i == selected {
                row.style(theme.selected())
            } else {
                row
            }
        })
        .collect();
    let header = Row::new([
        "here",
        "name",
        "organisation",
        "governorate",
        "gender",
        "type",
    ])
    .style(theme.heading());
    let table = Table::new(
        rows,
        [
            Constraint::Length(7),
            Constraint::Fill(3),
            Constraint::Fill(2),
            Constraint::Length(11),
            Constraint::Length(6),
            Constraint::Fill(1),
        ],
    )
    .header(header)
    .column_spacing(1);
    frame.render_widget(table, body);
}

fn heading(
    state: &ParticipantsState,
    theme: Theme,
    here: usize,
    registered: usize,
    shown: usize,
) -> Line<'static> {
    let mut spans = vec![
        Span::styled(" Participants ", theme.title()),
        Span::styled(registered.to_string(), theme.key()),
        Span::raw(" registered · "),
        Span::styled(here.to_string(), theme.key()),
        Span::raw(" here today · by "),
        Span::raw(state.sort.label()),
    ];
    let typing = matches!(state.mode, Mode::Filter);
    if typing || !state.filter.is_empty() {
        spans.push(Span::raw(" · "));
        spans.push(Span::styled("/", theme.key()));
        spans.push(Span::raw(safe(&fit(&state.filter, 30))));
        if typing {
            spans.push(Span::styled("▏", theme.accent()));
        }
        spans.push(Span::styled(format!(" {shown} shown"), theme.dim()));
    }
    Line::from(spans)
}

fn row(person: &Participant, today: chrono::NaiveDate, theme: Theme) -> Row<'static> {
    let here = match checked_in_at(person, today) {
        Some(time) => Cell::from(Span::styled(
            format!("✓ {}", time.format("%H:%M")),
            theme.now_marker(),
        )),
        None => Cell::from(""),
    };
    let mut name = vec![Span::raw(shown_name(person))];
    if !person.erased && !person.name_other_script.trim().is_empty() {
        name.push(Span::styled(
            format!(" {}", safe(person.name_other_script.trim())),
            theme.dim(),
        ));
    }
    // The team's role takes the type column: they are not a stakeholder group here.
    let stakeholder = match (person.team, person.stakeholder) {
        (Some(role), _) => role.label().to_string(),
        (None, Stakeholder::Unknown) => String::new(),
        (None, other) => super::rows::short_label(other.label()).to_string(),
    };
    Row::new([
        here,
        Cell::from(Line::from(name)),
        Cell::from(safe(&person.organisation)),
        Cell::from(safe(&person.governorate)),
        Cell::from(gender_cell(person.gender)),
        Cell::from(stakeholder),
    ])
}
