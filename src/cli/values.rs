//! Values typed in the words the tool prints: `--rating 满意`, `--channel 电话`,
//! `--from 党员`, `--kind 党员大会` are read as the words written in files (`satisfied`,
//! `hotline`, `member`, `members`).
//!
//! These are clap value parsers, so every command that takes the value gets the same
//! aliases, and the commands and the files keep one word for each value. A value that is
//! no alias is passed on as typed, for the command to accept (a channel named in
//! disclose.toml) or to refuse with its own help. No argument takes a scope or a cadence
//! today (they are written in the catalogue, whose reader accepts its own words); an
//! argument that does gets its parser here. The Chinese words themselves live with the
//! values in the model (`from_user_text`, [`channel_word`]): one home for each word.

use crate::model::feedback::{channel_word, Rating, Sender};
use crate::model::meeting::MeetingKind;

/// `--rating`: 满意, 基本满意, 不满意 ([`Rating::from_user_text`]).
pub fn rating(text: &str) -> Result<String, String> {
    Ok(Rating::from_user_text(text).map_or_else(|| text.to_string(), |rating| rating.as_str().to_string()))
}

/// `--channel`: 热线电话 (热线, 电话, 意见热线), 意见箱, 接待日 (来访接待日), 来信 (信件)
/// ([`channel_word`]).
pub fn channel(text: &str) -> Result<String, String> {
    Ok(channel_word(text).to_string())
}

/// `--from`: 群众, 党员 ([`Sender::from_user_text`]).
pub fn sender(text: &str) -> Result<String, String> {
    Ok(Sender::from_user_text(text).map_or_else(|| text.to_string(), |sender| sender.as_str().to_string()))
}

/// `meeting record --kind`: 党员大会, 领导小组 (领导小组会议, 领导小组会)
/// ([`MeetingKind::from_user_text`]).
pub fn meeting_kind(text: &str) -> Result<String, String> {
    Ok(MeetingKind::from_user_text(text).map_or_else(|| text.to_string(), |kind| kind.as_str().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_words_become_the_file_words() {
        assert_eq!(rating("满意"), Ok("satisfied".to_string()));
        assert_eq!(rating("基本满意"), Ok("partly".to_string()));
        assert_eq!(rating(" 不满意 "), Ok("unsatisfied".to_string()));
        assert_eq!(channel("电话"), Ok("hotline".to_string()));
        assert_eq!(channel("热线电话"), Ok("hotline".to_string()));
        assert_eq!(channel("意见箱"), Ok("suggestion-box".to_string()));
        assert_eq!(channel("接待日"), Ok("reception-day".to_string()));
        assert_eq!(channel("来信"), Ok("letter".to_string()));
        assert_eq!(sender("群众"), Ok("public".to_string()));
        assert_eq!(sender("党员"), Ok("member".to_string()));
        assert_eq!(meeting_kind("党员大会"), Ok("members".to_string()));
        assert_eq!(meeting_kind("领导小组会议"), Ok("leading-group".to_string()));
    }

    #[test]
    fn other_words_pass_as_typed() {
        assert_eq!(rating("satisfied"), Ok("satisfied".to_string()));
        assert_eq!(rating("很好"), Ok("很好".to_string()));
        assert_eq!(channel("网站留言"), Ok("网站留言".to_string()));
        assert_eq!(sender("member"), Ok("member".to_string()));
    }
}
