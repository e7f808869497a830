"""Controlled vocabularies of the dataset (shared/gold/README.md). Role and issue codes are also
reference tables seeded by migrations; the short closed lists are CHECK constraints."""

from __future__ import annotations

ACTOR_KINDS = ("person", "state", "organization", "igo", "group")

ROLES: dict[str, str] = {
    "head_of_state": "Head of state (president, monarch)",
    "head_of_government": "Head of government (prime minister, chancellor)",
    "foreign_minister": "Foreign minister or secretary of state",
    "minister": "Minister or cabinet secretary other than foreign affairs",
    "deputy_minister": "Deputy, vice or junior minister; under-secretary",
    "ambassador": "Ambassador or permanent representative",
    "envoy": "Special envoy or representative",
    "diplomat": "Diplomat or foreign-ministry official below ambassador",
    "spokesperson": "Spokesperson of a government, ministry, embassy or organisation",
    "advisor": "Adviser, e.g. national security adviser",
    "military": "Military officer or defence official in uniform",
    "legislator": "Member of a legislature",
    "party_leader": "Leader of a political party",
    "official": "Other government or organisation official",
    "militant": "Member or leader of an armed group",
    "other": "Any other person",
}

ISSUES: dict[str, str] = {
    "security": "Stability, insurgency, violence in a country as a shared concern",
    "terrorism": "Terrorism and counter-terrorism",
    "nuclear_program": "Nuclear programmes, enrichment, non-proliferation",
    "weapons": "Non-nuclear arms, missiles, arms sales",
    "detention": "Detained nationals, diplomats, hostages, prisoner swaps",
    "diplomatic_relations": "Establishing, breaking, restoring ties; embassies; expulsions",
    "military_presence": "Troops, bases, invasion, occupation, withdrawal",
    "armed_groups": "Militias, rebels, support for them",
    "border": "Border security and crossings",
    "territorial_dispute": "Disputed territory and sovereignty claims",
    "sanctions": "Sanctions and embargoes",
    "trade": "Trade, tariffs, market access, trade balances",
    "energy": "Oil, gas, pipelines, energy supply",
    "aid_investment": "Aid, loans, debt, investment",
    "human_rights": "Human rights",
    "refugees_migration": "Refugees and migration",
    "sectarian_ethnic": "Sectarian and ethnic conflict",
    "peace_process": "Peace talks, ceasefires, settlements",
    "elections_governance": "Elections, governance, political transition",
    "water": "Water resources and rivers",
    "environment": "Environment and climate",
    "cyber_espionage": "Cyber attacks and espionage",
}

DOCUMENT_STATUSES = ("loaded", "quarantined")
RUN_STATUSES = ("running", "succeeded", "partial", "failed")
DATE_BASES = ("explicit", "relative", "publication", "unknown")
MEETING_KINDS = ("talks", "meeting", "visit", "summit", "committee", "phone_call", "conference")
# held: happened or under way; planned: planned, proposed, possible or conditional; cancelled: called
# off, postponed, refused or denied. Datasets count held meetings (and planned ones on request).
MEETING_STATUSES = ("held", "planned", "cancelled")
PARTICIPANT_ROLES = ("host", "chair", "head_of_delegation", "participant", "mediator")
TONES = ("cooperative", "neutral", "critical")
CORRECTION_ACTIONS = ("drop", "set", "merge_actors", "rename_actor")
COUNTRY_KINDS = ("state", "historical", "pseudo")
SPEAKER_PATHS = ("name", "title", "pronoun", "nearby")
AUDIT_KINDS = ("meeting", "statement", "issue", "actor")
AUDIT_VERDICTS = ("correct", "wrong", "cant_tell")


def check_in(column: str, values: tuple[str, ...]) -> str:
    """SQL for a CHECK constraint restricting `column` to `values`."""
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"
