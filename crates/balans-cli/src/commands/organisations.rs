//! `balans orgs list|add` and `balans affiliate`: organisations, and who works
//! where with how much say. An organisation's balance is that of the people
//! there now; credits of people who left show as stranded.

use std::io::Write;

use balans_core::{clock, AffiliationInput, OrganisationInput, OrganisationPage};

use crate::args::Affiliate;
use crate::failure::Outcome;
use crate::format::{credits, table};
use crate::{resolve, Context};

pub(super) fn list(ctx: &mut Context<'_>) -> Outcome {
    let store = ctx.open_store()?;
    let today = clock::today();
    let pages = store
        .organisations()?
        .into_iter()
        .map(|o| store.organisation_page(&o.id, today))
        .collect::<balans_core::Result<Vec<OrganisationPage>>>()?;
    ctx.emit(&pages, |out| {
        if pages.is_empty() {
            return writeln!(
                out,
                "No organisations yet. Add one with: balans orgs add NAME"
            );
        }
        let rows: Vec<Vec<String>> = pages.iter().map(row).collect();
        table(
            out,
            &["NAME", "PEOPLE NOW", "BALANCE", "STRANDED", "ID"],
            &rows,
        )
    })
}

fn row(page: &OrganisationPage) -> Vec<String> {
    vec![
        page.organisation.name.clone(),
        page.members
            .iter()
            .filter(|m| m.current)
            .count()
            .to_string(),
        credits(page.balance),
        credits(page.stranded),
        page.organisation.id.clone(),
    ]
}

pub(super) fn add(ctx: &mut Context<'_>, name: String, notes: Option<String>) -> Outcome {
    let input = OrganisationInput {
        name,
        notes: notes.unwrap_or_default(),
    };
    let organisation = ctx.open_store()?.add_organisation(&input)?;
    ctx.emit(&organisation, |out| {
        writeln!(out, "Added {}, id {}.", organisation.name, organisation.id)
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
    ctx.emit(&affiliation, |out| {
        let role = match affiliation.role.as_str() {
            "" => String::new(),
            role => format!(" as {role}"),
        };
        let period = match (&affiliation.from_date, &affiliation.to_date) {
            (None, None) => String::new(),
            (from, to) => format!(
                ", {} to {}",
                from.as_deref().unwrap_or("…"),
                to.as_deref().unwrap_or("now")
            ),
        };
        writeln!(
            out,
            "{person_name} is at {organisation_name}{role} ({}){period}.",
            affiliation.decision_power.as_str()
        )
    })
}
