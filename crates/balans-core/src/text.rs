//! Text as people compare names: without case and without accents, so
//! "Émile" sorts among the e's and "jose" finds "José".

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower case without accents (canonical decomposition, combining marks dropped).
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn case_and_accents_fold_away() {
        assert_eq!(fold("José Álvarez"), "jose alvarez");
        assert_eq!(fold("Émile Geïnteresseerd"), "emile geinteresseerd");
        assert_eq!(
            fold("ØRSTED"),
            "ørsted",
            "letters that are not accented stay"
        );
        assert_eq!(fold(""), "");
    }
}
