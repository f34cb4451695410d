export {
  resolveProject,
  locateConfigFile,
  CONFIG_FILE_NAMES,
  enclosingProject,
  toUri,
  DEFAULT_LAYOUT,
  suiteArguments
} from './resolve-project'
export type { Project, ProjectOptions, ProjectResult } from './resolve-project'
export {
  readFeatureSources,
  decodeFeature,
  maxFeatureBytes,
  DEFAULT_MAX_FEATURE_MEGABYTES,
  MAX_FEATURE_SIZE_VARIABLE
} from './read-sources'
export type { ReadResult } from './read-sources'
export { loadCucumberModules } from './cucumber-modules'
export type { CucumberModules } from './cucumber-modules'
export { readProjectTsconfig, compilerOptionsFor, describeCompilerOptions } from './tsconfig'
export type { ProjectTsconfig } from './tsconfig'
export { NX_PLUGIN, locateNxJson, registerNxPlugin } from './nx-workspace'
export type { NxPluginRegistration } from './nx-workspace'
export {
  DEFAULT_TEMPLATES_FOLDER,
  featureNameOf,
  readTemplates,
  renderTemplate,
  TEMPLATE_TAG_PREFIX,
  templateOfTags
} from './feature-templates'
export type { FeatureTemplate, TemplateCatalogue } from './feature-templates'
