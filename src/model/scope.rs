//! Scopes: who may see a disclosure. Ordered from widest to narrowest.

use std::fmt;

/// Who may see an item: the public, all party members, or only those concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum Scope {
    /// 向社会公开: on the public board.
    Public,
    /// 党内公开: announced to all party members (the quarterly bulletin).
    Members,
    /// 对特定对象公开: only the organisations or people concerned.
    Restricted,
}

impl Scope {
    /// Every scope, widest first.
    pub const ALL: [Scope; 3] = [Scope::Public, Scope::Members, Scope::Restricted];

    /// The word used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Public => "public",
            Scope::Members => "members",
            Scope::Restricted => "restricted",
        }
    }

    /// Parses the word used in files.
    pub fn from_word(word: &str) -> Option<Scope> {
        Scope::ALL.into_iter().find(|scope| scope.as_str() == word)
    }

    /// True when `self` shows the item to more people than `other` does.
    pub fn is_wider_than(self, other: Scope) -> bool {
        self < other
    }

    /// True for items that may appear on the public board.
    pub fn on_board(self) -> bool {
        self == Scope::Public
    }

    /// True for items that may appear in the members' bulletin.
    pub fn in_bulletin(self) -> bool {
        matches!(self, Scope::Public | Scope::Members)
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::Scope;

    #[test]
    fn public_is_widest() {
        assert!(Scope::Public.is_wider_than(Scope::Members));
        assert!(Scope::Members.is_wider_than(Scope::Restricted));
        assert!(!Scope::Restricted.is_wider_than(Scope::Public));
        assert!(!Scope::Members.is_wider_than(Scope::Members));
    }
}
