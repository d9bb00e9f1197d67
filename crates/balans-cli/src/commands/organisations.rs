//! `balans orgs list|add` and `balans affiliate`: organisations, and who works
//! where with how much say. An organisation's balance is that of the people
//! there now; credits of people who left show as stranded.

use balans_core::{clock, phrase, AffiliationInput, Language, OrganisationInput, OrganisationPage};

use crate::args::Affiliate;
use crate::failure::Outcome;
use crate::format::{credits, example, line, table};
use crate::{resolve, Context};

pub(super) fn list(ctx: &mut Context<'_>) -> Outcome {
    let store = ctx.open_store()?;
    let today = clock::today();
    let pages = store
        .organisations()?
        .into_iter()
        .map(|o| store.organisation_page(&o.id, today))
        .collect::<balans_core::Result<Vec<OrganisationPage>>>()?;
    ctx.emit(&pages, |out, lang| {
        if pages.is_empty() {
            let command = example(lang, &["balans", "orgs", "add", "NAME"]);
            return line(
                out,
                lang,
                phrase!("cli-no-organisations", command = command),
            );
        }
        let rows: Vec<Vec<String>> = pages.iter().map(|page| row(lang, page)).collect();
        let header = [
            phrase!("cli-column-name"),
            phrase!("cli-column-people-now"),
            phrase!("cli-column-balance"),
            phrase!("cli-column-stranded"),
            phrase!("cli-column-id"),
        ];
        table(out, lang, &header, &rows)
    })
}

fn row(lang: Language, page: &OrganisationPage) -> Vec<String> {
    vec![
        page.organisation.name.clone(),
        page.members
            .iter()
            .filter(|m| m.current)
            .count()
            .to_string(),
        credits(lang, page.balance),
        credits(lang, page.stranded),
        page.organisation.id.clone(),
    ]
}

pub(super) fn add(ctx: &mut Context<'_>, name: String, notes: Option<String>) -> Outcome {
    let input = OrganisationInput {
        name,
        notes: notes.unwrap_or_default(),
    };
    let organisation = ctx.open_store()?.add_organisation(&input)?;
    ctx.emit(&organisation, |out, lang| {
        let added = phrase!(
            "cli-organisation-added",
            name = organisation.name.as_str(),
            id = organisation.id.as_str()
        );
        line(out, lang, added)
    })
}

/// `balans affiliate PERSON ORG --power decides|influences|none ...`
pub(super) fn affiliate(ctx: &mut Context<'_>, args: Affiliate) -> Outcome {
    let mut store = ctx.open_store()?;
    let input = AffiliationInput {
        person_id: resolve::person(&store, &args.person, "person_id")?,
        organisation_id: resolve::organisation(&store, &args.org, "organisation_id")?,
        role: args.role.unwrap_or_default(),
        decision_power: args.power,
        from_date: args.from,
        to_date: args.to,
    };
    let affiliation = store.affiliate(&input)?;
    let person_name = store.person(&affiliation.person_id)?.name;
    let organisation_name = store.organisation(&affiliation.organisation_id)?.name;
    ctx.emit(&affiliation, |out, lang| {
        let role = match affiliation.role.as_str() {
            "" => String::new(),
            role => phrase!("cli-as-role", role = role).say(lang),
        };
        let period = match (&affiliation.from_date, &affiliation.to_date) {
            (None, None) => String::new(),
            (from, to) => phrase!(
                "cli-period",
                from = from.as_deref().unwrap_or("…"),
                to = to.clone().unwrap_or_else(|| phrase!("cli-now").say(lang))
            )
            .say(lang),
        };
        let said = phrase!(
            "cli-affiliated",
            person = person_name.as_str(),
            organisation = organisation_name.as_str(),
            role = role,
            power = affiliation.decision_power.as_str(),
            period = period
        );
        line(out, lang, said)
    })
}
