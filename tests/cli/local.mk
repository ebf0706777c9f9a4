# CLI scenario tests
