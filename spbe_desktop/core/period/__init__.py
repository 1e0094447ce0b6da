"""Starting a period from the last one: an OPD workspace (same instrument, or a new one through
the crosswalk) and a coordinator workspace."""
