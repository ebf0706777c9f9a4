# Unit tests, one fragment per layer.
include tests/unit/util.mk
include tests/unit/model.mk
include tests/unit/desk.mk
include tests/unit/conf.mk
include tests/unit/io.mk
