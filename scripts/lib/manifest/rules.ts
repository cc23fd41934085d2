/**
 * The manifest rules as data, written from the Office Add-ins XML manifest reference
 * (OfficeApp schema 1.1, TaskPaneApp; VersionOverrides 1.0; requirement sets as of ExcelApi 1.20).
 */
export const NS = {
  officeApp: "http://schemas.microsoft.com/office/appforoffice/1.1",
  basicTypes: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  overrides: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** The children of a TaskPaneApp OfficeApp, in schema (xs:sequence) order. */
export const OFFICE_APP_SEQUENCE: readonly { name: string; required: boolean }[] = [
  { name: "Id", required: true },
  { name: "AlternateId", required: false },
  { name: "Version", required: true },
  { name: "ProviderName", required: true },
  { name: "DefaultLocale", required: true },
  { name: "DisplayName", required: true },
  { name: "Description", required: true },
  { name: "IconUrl", required: true },
  { name: "HighResolutionIconUrl", required: true },
  { name: "SupportUrl", required: false },
  { name: "AppDomains", required: false },
  { name: "Hosts", required: true },
  { name: "Requirements", required: false },
  { name: "DefaultSettings", required: true },
  { name: "Permissions", required: true },
  { name: "AllowSnapshot", required: false },
  { name: "Dictionary", required: false },
  { name: "VersionOverrides", required: false },
];

export const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocuments", "WriteDocument", "ReadWriteDocument"];

export const HOST_NAMES = ["Workbook", "Document", "Presentation", "Notebook", "Project", "Database", "Mailbox"];

/** Requirement sets a manifest may name, with the highest version published. */
export const REQUIREMENT_SETS: Record<string, string> = {
  ExcelApi: "1.20",
  ExcelApiOnline: "1.1",
  ExcelApiDesktop: "1.1",
  AddinCommands: "1.3",
  DialogApi: "1.2",
  DialogOrigin: "1.1",
  RibbonApi: "1.2",
  SharedRuntime: "1.1",
  IdentityAPI: "1.3",
  NestedAppAuth: "1.1",
  CustomFunctionsRuntime: "1.5",
  KeyboardShortcuts: "1.1",
  ImageCoercion: "1.2",
  OpenBrowserWindowApi: "1.1",
  DocumentEvents: "1.1",
  File: "1.1",
  Settings: "1.1",
  Selection: "1.1",
  TextCoercion: "1.1",
  TableCoercion: "1.1",
  MatrixCoercion: "1.1",
  BindingEvents: "1.1",
  PartialTableBindings: "1.1",
  DevicePermissionService: "1.1",
};

/** Which Resources collection an element's `resid` must point into. */
export const RESID_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Maximum lengths of resource values (characters). */
export const RESOURCE_MAX_LENGTH: Partial<Record<ResourceKind, number>> = { ShortStrings: 125, LongStrings: 250 };

export const RESID_MAX_LENGTH = 32;

/** OfficeApp elements whose DefaultValue (and Override values) are URLs. */
export const URL_ELEMENTS = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"];

/** The pixel size each top-level icon element must have. */
export const TOP_ICON_SIZE: Record<string, number> = { IconUrl: 32, HighResolutionIconUrl: 64 };

export const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
export const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
export const LOCALE = /^[a-z]{2,3}-[A-Z]{2}$/;
export const SET_VERSION = /^\d+\.\d+$/;
