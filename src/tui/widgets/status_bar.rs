//! The status bar: file, save state (loud when it failed), read-only and why, note-taker
//! group, the last message.

use crate::tui::app::SaveBadge;
use crate::tui::app::{App, Level};
use crate::tui::kit::text::one_line;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let mut spans = Vec::new();
    match &app.session {
        None => spans.push(Span::styled(" no session open ", theme.bar())),
        Some(session) => {
            // Everything here may hold text from a file or a name typed by someone: the
            // message, the file name, the group, an error. One rule makes it safe to draw.
            let file_name = one_line(&session.file_name());
            spans.push(Span::styled(format!(" {file_name} "), theme.bar()));
            // The long form of the badge when it fits beside the message, else the short.
            let message_width = app
                .message
                .as_ref()
                .map_or(0, |m| one_line(&m.text).width() + 1);
            let room =
                usize::from(area.width).saturating_sub(file_name.width() + 2 + message_width);
            let badge = |long: String, short: &str| {
                if long.width() <= room {
                    long
                } else {
                    short.to_string()
                }
            };
            match &session.read_only {
                Some(reason) => spans.push(Span::styled(
                    badge(format!(" READ-ONLY: {} ", one_line(reason)), " READ-ONLY "),
                    theme.read_only(),
                )),
                None => {
                    let badge_now = session.save_badge();
                    let style = match badge_now {
                        SaveBadge::Saved => theme.saved(),
                        SaveBadge::Unsaved | SaveBadge::Saving => theme.saving(),
                        SaveBadge::Failed(_) => theme.failed(),
                    };
                    let text = match badge_now {
                        SaveBadge::Failed(error) => badge(
                            format!(
                                " SAVE FAILED — kept in memory, retrying (Ctrl-S now): {} ",
                                one_line(error)
                            ),
                            " SAVE FAILED ",
                        ),
                        other => format!(" {} ", other.word()),
                    };
                    spans.push(Span::styled(text, style));
                }
            }
            if let Some(group) = session.group.and_then(|id| session.workshop().group(id)) {
                spans.push(Span::styled(
                    format!(" group: {} ", one_line(&group.name)),
                    theme.accent(),
                ));
            }
        }
    }
    // A session being opened, or a copy being read: how far it has come.
    if let Some(loading) = &app.loading {
        spans.push(Span::styled(
            format!(" {} ", one_line(&loading.describe())),
            theme.saving(),
        ));
    }
    // A running export's progress bar.
    if let Some(progress) = crate::tui::screens::report::status(app) {
        spans.push(Span::styled(format!(" {progress} "), theme.saving()));
    }
    if let Some(message) = &app.message {
        let style = match message.level {
            Level::Info => theme.text(),
            Level::Warning => theme.warning(),
            Level::Error => theme.error(),
        };
        spans.push(Span::raw(" "));
        spans.push(Span::styled(one_line(&message.text), style));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
