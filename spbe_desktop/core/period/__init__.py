"""Starting a period from the last one: an OPD workspace (same instrument, or a new one through
the crosswalk) and a coordinator workspace."""

# What a workspace started from the last period keeps of it, in its meta table; read where the
# period's own modules are not loaded (the indicator page asks whether there is a last period).
META_PREVIOUS = "previous_answers"
META_PREVIOUS_PERIOD = "previous_period"
META_PREVIOUS_INSTRUMENT = "previous_instrument"
META_CARRIED = "carried_evidence"
