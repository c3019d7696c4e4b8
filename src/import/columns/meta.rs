//! Form bookkeeping: the columns KoBoToolbox, KoBoCAT, Ona, ODK Central (and Briefcase),
//! Enketo and Google Forms add to every export, which never describe the person.

use super::{header_key, segments};

/// The bookkeeping names, compared as header keys of a header's last segment.
const META: &[&str] = &[
    // KoBo / ODK automatic questions.
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "username",
    "audit",
    "instanceid",
    "instancename",
    "deprecatedid",
    "uuid",
    "version",
    // ODK Central and Briefcase.
    "submissiondate",
    "submission date",
    "key",
    "parent key",
    "submittername",
    "submitter name",
    "submitterid",
    "submitter id",
    "status",
    "reviewstate",
    "review state",
    "edits",
    "formversion",
    "form version",
    "attachmentspresent",
    "attachmentsexpected",
    // Google Forms.
    "timestamp",
    "submission time",
    "طابع زمني",
];

/// Groups whose every column is bookkeeping (`meta/instanceID`, `formhub/uuid`).
const META_GROUPS: &[&str] = &["meta", "formhub", "__system"];

/// True for a bookkeeping column: a name above, a group above, or a name starting with `_`
/// (KoBo's `_uuid`, `_submission_time`, `__version__`), also as R writes them (`X_uuid`,
/// `X__version__`).
pub fn is_meta(header: &str) -> bool {
    let header = header.trim();
    let header = match header.strip_prefix('X') {
        Some(rest) if rest.starts_with('_') => rest,
        _ => header,
    };
    let parts = segments(header);
    let last = parts.last().copied().unwrap_or(header);
    if last.starts_with('_') || header.starts_with('_') {
        return true;
    }
    if parts.len() > 1
        && let Some(first) = parts.first()
        && META_GROUPS.contains(&first.trim().to_lowercase().as_str())
    {
        return true;
    }
    META.contains(&header_key(last).as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bookkeeping_from_every_form_tool() {
        for header in [
            "start",
            "_uuid",
            "X_uuid",
            "_id",
            "X_id",
            "_submission_time",
            "_validation_status",
            "_index",
            "__version__",
            "X__version__",
            "meta/instanceID",
            "meta-instanceID",
            "meta.instanceID",
            "formhub/uuid",
            "SubmissionDate",
            "KEY",
            "PARENT_KEY",
            "SubmitterName",
            "SubmitterID",
            "Status",
            "ReviewState",
            "DeviceID",
            "Edits",
            "FormVersion",
            "AttachmentsPresent",
            "Timestamp",
        ] {
            assert!(is_meta(header), "{header}");
        }
        for header in [
            "name",
            "participant/full_name",
            "Phone",
            "X",
            "status of IDP",
        ] {
            assert!(!is_meta(header), "{header}");
        }
    }
}
