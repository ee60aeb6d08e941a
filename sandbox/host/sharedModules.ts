/**
 * The modules the host shares with plugins — the externals of create-plugin's webpack config
 * (.config/bundler/externals.ts), taken from the host's own node_modules so plugin and host use the
 * same instances (one React, one @grafana/runtime with the services the host installed).
 */
import * as emotionCss from '@emotion/css';
import * as emotionReact from '@emotion/react';
import * as grafanaData from '@grafana/data';
import * as grafanaRuntime from '@grafana/runtime';
import * as grafanaUi from '@grafana/ui';
import * as grafanaI18n from '@grafana/i18n';
import * as grafanaSchema from '@grafana/schema';
import i18next from 'i18next';
import jquery from 'jquery';
import lodash from 'lodash';
// Plugins get moment as an external (create-plugin externals), so the host must provide it.
// eslint-disable-next-line no-restricted-imports
import moment from 'moment';
import React from 'react';
import ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import * as reactRedux from 'react-redux';
import * as reactRouter from 'react-router';
import * as redux from 'redux';
import * as rxjs from 'rxjs';
import * as rxjsOperators from 'rxjs/operators';

export const sharedModules: Record<string, unknown> = {
  react: React,
  'react-dom': ReactDOM,
  'react/jsx-runtime': jsxRuntime,
  // Production plugin builds never import the dev runtime; the prod one has the same API surface for jsx().
  'react/jsx-dev-runtime': jsxRuntime,
  '@grafana/data': grafanaData,
  '@grafana/ui': grafanaUi,
  '@grafana/runtime': grafanaRuntime,
  '@grafana/i18n': grafanaI18n,
  '@grafana/schema': grafanaSchema,
  '@emotion/css': emotionCss,
  '@emotion/react': emotionReact,
  emotion: emotionCss,
  lodash,
  moment,
  jquery,
  i18next,
  rxjs,
  'rxjs/operators': rxjsOperators,
  redux,
  'react-redux': reactRedux,
  'react-router': reactRouter,
};

/** Which host this bundle is (set by sandbox/build.mjs: its name and the package versions it was built from). */
declare const __SANDBOX_HOST__: { name: string; packageVersions: Record<string, string | null> };

interface SandboxHostInfo {
  /** `grafana12` (root node_modules) or `grafana13` (sandbox/compat/node_modules). */
  name: string;
  /** From the package.json files the bundle was built from. */
  packageVersions: Record<string, string | null>;
  /** At runtime, from the modules plugins receive. */
  react: string;
  reactDom: string;
  /** The shared module registry itself (what `define([...])` dependencies resolve to). */
  modules: Record<string, unknown>;
}

declare global {
  interface Window {
    __sandboxHost: SandboxHostInfo;
  }
}

const built = typeof __SANDBOX_HOST__ === 'undefined' ? { name: 'unknown', packageVersions: {} } : __SANDBOX_HOST__;
window.__sandboxHost = { ...built, react: React.version, reactDom: ReactDOM.version, modules: sharedModules };
