#!/usr/bin/env node
import '../dist/src/cli-bundle/bin.js';
