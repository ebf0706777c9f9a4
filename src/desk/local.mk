# src/desk: newsroom operations. Pure rules are in rules.mk.
include src/desk/rules.mk
