//! No raw control character from a file reaches the terminal through the command line:
//! an ESC, a BEL or a bidi override in a CSV cell or header is printed as a visible mark.

#[path = "support/cli.rs"]
mod support;

use support::Sandbox;

/// What a terminal would act on: C0 controls other than line breaks and tabs, DEL, C1
/// controls and the direction overrides.
fn acted_on(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t')
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        })
        .collect()
}

#[test]
fn the_import_report_shows_escapes_bells_and_overrides_as_marks() {
    let sandbox = Sandbox::new();
    sandbox
        .run(["new", "w.ron", "--title", "Closing session"])
        .succeeded();
    let csv = "name,phone,\u{1b}]0;owned\u{7}\n\
               \"Ali Hassan\",\"07\u{1b}[2J70\",x\n\
               \"\u{202e}Sara Ahmed\",\"0771\u{9b}1m\",y\n";
    std::fs::write(sandbox.path("list.csv"), csv).expect("written");
    for args in [
        vec!["import", "participants", "w.ron", "list.csv", "--dry-run"],
        vec!["import", "participants", "w.ron", "list.csv"],
        vec!["check", "w.ron"],
    ] {
        let run = sandbox.run(args.clone());
        assert_eq!(
            acted_on(&run.stdout),
            Vec::<char>::new(),
            "{args:?}:\n{}",
            run.stdout
        );
        assert_eq!(
            acted_on(&run.stderr),
            Vec::<char>::new(),
            "{args:?}:\n{}",
            run.stderr
        );
    }
    let report = sandbox.run(["import", "participants", "w.ron", "list.csv", "--dry-run"]);
    report.says("␛]0;owned␇").says("07␛[2J70");
}
