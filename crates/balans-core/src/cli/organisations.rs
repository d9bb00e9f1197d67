//! `balans orgs list|add` and `balans affiliate`: organisations, and who works
//! where with how much say. An organisation's balance is that of the people
//! there now; credits of people who left show as stranded.

use crate::clock;
use crate::ledger::OrganisationPage;
use crate::organisations::{AffiliationInput, DecisionPower, OrganisationInput};

use super::args::{self, Spec};
use super::failure::{Failure, Outcome};
use super::format::{credits, table};
use super::{resolve, Context};

const ADD: Spec = Spec {
    values: &["notes"],
    flags: &[],
};

const AFFILIATE: Spec = Spec {
    values: &["power", "role", "from", "to"],
    flags: &[],
};

pub(super) fn run(ctx: &mut Context<'_>) -> Outcome {
    let args = ctx.args.clone();
    match args::action(&args, &["list", "add"])? {
        ("add", rest) => add(ctx, rest),
        (_, rest) => list(ctx, rest),
    }
}

fn list(ctx: &mut Context<'_>, rest: &[String]) -> Outcome {
    args::parse(rest, &Spec::NONE)?.words([])?;
    let store = ctx.open_store()?;
    let today = clock::today();
    let pages = store
        .organisations()?
        .into_iter()
        .map(|o| store.organisation_page(&o.id, today))
        .collect::<crate::Result<Vec<OrganisationPage>>>()?;
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

fn add(ctx: &mut Context<'_>, rest: &[String]) -> Outcome {
    let parsed = args::parse(rest, &ADD)?;
    let [name] = parsed.words(["NAME"])?;
    let input = OrganisationInput {
        name,
        notes: parsed.value("notes")?.unwrap_or_default().to_owned(),
    };
    let organisation = ctx.open_store()?.add_organisation(&input)?;
    ctx.emit(&organisation, |out| {
        writeln!(out, "Added {}, id {}.", organisation.name, organisation.id)
    })
}

/// `balans affiliate PERSON ORG --power decides|influences|none ...`
pub(super) fn affiliate(ctx: &mut Context<'_>) -> Outcome {
    let parsed = args::parse(&ctx.args, &AFFILIATE)?;
    let [person, organisation] = parsed.words(["PERSON", "ORG"])?;
    let decision_power = parsed
        .choice("power", DecisionPower::parse, "decides, influences, none")?
        .ok_or_else(|| Failure::usage("--power is required: decides, influences or none."))?;
    let mut store = ctx.open_store()?;
    let input = AffiliationInput {
        person_id: resolve::person(&store, &person, "person_id")?,
        organisation_id: resolve::organisation(&store, &organisation, "organisation_id")?,
        role: parsed.value("role")?.unwrap_or_default().to_owned(),
        decision_power,
        from_date: parsed.value("from")?.map(str::to_owned),
        to_date: parsed.value("to")?.map(str::to_owned),
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
