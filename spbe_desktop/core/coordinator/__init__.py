"""The coordinator's side (Diskominfo): OPDs, imported submissions, consolidation, ranking,
reviews and assignments."""
