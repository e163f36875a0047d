import type { Procedure, Signatory } from "@quytrinh/core";
import type { QuytrinhConfig } from "../config/quytrinh-config.js";

/** The config's agency defaults that fill a procedure's document control. */
export interface AgencyDefaults {
  issuingBody?: string;
  parentBody?: string;
  preparedBy?: Signatory;
  reviewedBy?: Signatory;
  approvedBy?: Signatory;
}

const SIGNATORIES = ["preparedBy", "reviewedBy", "approvedBy"] as const;

/** The agency defaults a config file holds (issuing and parent body, default signatories). */
export function agencyDefaults(config: QuytrinhConfig): AgencyDefaults {
  const defaults: AgencyDefaults = {};
  if (config.issuingBody !== undefined) defaults.issuingBody = config.issuingBody;
  if (config.parentBody !== undefined) defaults.parentBody = config.parentBody;
  for (const role of SIGNATORIES) {
    const signatory = config.approvers?.[role];
    if (signatory !== undefined) defaults[role] = signatory;
  }
  return defaults;
}

/**
 * The procedure with the agency defaults filled in where its front matter says nothing; a field
 * written in the front matter always wins, down to a signatory's name, position or date.
 */
export function withAgencyDefaults(procedure: Procedure, defaults: AgencyDefaults): Procedure {
  const control = { ...procedure.control };
  control.issuingBody ??= defaults.issuingBody;
  control.parentBody ??= defaults.parentBody;
  for (const role of SIGNATORIES) {
    const fallback = defaults[role];
    if (fallback !== undefined) control[role] = { ...fallback, ...dropUndefined(control[role]) };
  }
  return { ...procedure, control };
}

function dropUndefined(signatory: Signatory | undefined): Signatory {
  return Object.fromEntries(
    Object.entries(signatory ?? {}).filter(([, value]) => value !== undefined),
  ) as Signatory;
}
