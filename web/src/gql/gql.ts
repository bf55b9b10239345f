/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query MePermissions {\n  me {\n    permissions\n    user {\n      id\n      name\n      email\n      department {\n        code\n        name\n        nameEn\n      }\n      roles {\n        code\n        name\n        nameEn\n        isSupervisor\n      }\n    }\n    apiToken {\n      id\n      name\n      kind\n    }\n  }\n}": typeof types.MePermissionsDocument,
    "query UsersPage($after: String) {\n  users(first: 20, after: $after, sort: {field: CREATED_AT, direction: DESC}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      email\n      active\n      department {\n        code\n        name\n      }\n      roles {\n        code\n      }\n    }\n  }\n}": typeof types.UsersPageDocument,
    "query AuditLogFilter($from: DateTime = \"2020-01-01T00:00:00Z\", $to: DateTime) {\n  auditLogs(\n    first: 50\n    where: {entityType: \"User\", from: $from, to: $to}\n    sort: {direction: DESC}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      at\n      actorLabel\n      operation\n      entityType\n      entityId\n      summary\n    }\n  }\n}": typeof types.AuditLogFilterDocument,
    "query Partners($type: PartnerType) {\n  partners(\n    first: 50\n    where: {type: $type, active: true}\n    sort: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    nodes {\n      id\n      type\n      code\n      name\n      contactName\n      contactPhone\n      active\n    }\n  }\n}": typeof types.PartnersDocument,
    "\n  query ApiTokensList($first: Int, $after: String, $where: ApiTokenFilter, $sort: ApiTokenSort) {\n    apiTokens(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name kind prefix permissions expiresAt revokedAt lastUsedAt createdAt active\n        partner { id name }\n        createdBy { id name }\n      }\n    }\n  }\n": typeof types.ApiTokensListDocument,
    "\n  query TokenFormOptions {\n    permissionCatalog { name description group }\n    partners(first: 100, where: { active: true }, sort: { field: NAME, direction: ASC }) {\n      nodes { id name code type }\n    }\n  }\n": typeof types.TokenFormOptionsDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken { id name }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: IdInput!) {\n    revokeApiToken(input: $input) {\n      apiToken { id revokedAt active }\n      errors { field message code }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query AuditLogs($first: Int, $after: String, $where: AuditLogFilter, $sort: AuditLogSort) {\n    auditLogs(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at actorLabel operation entityType entityId summary requestId actor { id name email } }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  query AuditActors {\n    users(first: 100, sort: { field: NAME, direction: ASC }) {\n      nodes { id name email }\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  query PartnersList($first: Int, $after: String, $where: PartnerFilter, $sort: PartnerSort) {\n    partners(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id type code name contactName contactPhone active createdAt }\n    }\n  }\n": typeof types.PartnersListDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      partner { id name }\n      errors { field message code }\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      partner { id type code name contactName contactPhone active }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdatePartnerDocument,
    "\n  query RolesAdmin {\n    roles { id code name nameEn isSupervisor permissions userCount system }\n    permissionCatalog { name description group }\n  }\n": typeof types.RolesAdminDocument,
    "\n  query DepartmentsAdmin {\n    departments { id code name nameEn description memberCount }\n  }\n": typeof types.DepartmentsAdminDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id code name nameEn isSupervisor permissions userCount system }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department { id }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department { id code name nameEn description memberCount }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdateDepartmentDocument,
    "\n  query StaffUsers($first: Int, $after: String, $where: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        email\n        name\n        locale\n        active\n        lockedUntil\n        lastLoginAt\n        createdAt\n        department { id name nameEn }\n        roles { id name nameEn }\n      }\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  query StaffOptions {\n    departments { id code name nameEn }\n    roles { id code name nameEn isSupervisor }\n  }\n": typeof types.StaffOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id name }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id name active department { id name nameEn } roles { id name nameEn } locale }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation UnlockUser($input: IdInput!) {\n    unlockUser(input: $input) {\n      user { id lockedUntil active }\n      errors { field message code }\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  query PriceChanges($first: Int, $after: String, $where: PriceChangeFilter) {\n    priceChanges(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        kind\n        status\n        currentFen\n        proposedFen\n        reason\n        proposedById\n        proposedByName\n        decidedByName\n        decidedAt\n        decisionNote\n        createdAt\n        sku { id code priceFen vipPriceFen spec { name value } product { id title } }\n        history { id at actorLabel actor { id name } fromState toState note }\n      }\n    }\n  }\n": typeof types.PriceChangesDocument,
    "\n  mutation ApprovePriceChange($input: DecidePriceChangeInput!) {\n    approvePriceChange(input: $input) {\n      priceChange { id status decidedAt decidedByName decisionNote sku { id priceFen vipPriceFen } }\n      errors { field message code }\n    }\n  }\n": typeof types.ApprovePriceChangeDocument,
    "\n  mutation RejectPriceChange($input: DecidePriceChangeInput!) {\n    rejectPriceChange(input: $input) {\n      priceChange { id status decidedAt decidedByName decisionNote }\n      errors { field message code }\n    }\n  }\n": typeof types.RejectPriceChangeDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category { id name path parentId sortOrder productCount }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      category { id name path parentId sortOrder productCount }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  mutation MoveCategory($input: MoveCategoryInput!) {\n    moveCategory(input: $input) {\n      category { id name path parentId sortOrder productCount }\n      errors { field message code }\n    }\n  }\n": typeof types.MoveCategoryDocument,
    "\n  query Products($first: Int, $after: String, $where: ProductFilter, $sort: ProductSort) {\n    products(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        title\n        listingStatus\n        showcase\n        priceTier\n        minPriceFen\n        maxPriceFen\n        updatedAt\n        category { id path }\n        skus { id }\n      }\n    }\n  }\n": typeof types.ProductsDocument,
    "\n  query ProductsCsv($where: ProductFilter, $sort: ProductSort) {\n    productsCsv(where: $where, sort: $sort)\n  }\n": typeof types.ProductsCsvDocument,
    "\n  query Categories {\n    categories { id name path parentId sortOrder productCount }\n  }\n": typeof types.CategoriesDocument,
    "\n  query Product($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      title\n      description\n      listingStatus\n      showcase\n      priceTier\n      createdAt\n      updatedAt\n      category { id path }\n      attributes { name value }\n      images { id url fileName sortOrder sizeBytes }\n      skus {\n        id\n        code\n        barcode\n        weightGrams\n        priceFen\n        vipPriceFen\n        isGift\n        active\n        spec { name value }\n      }\n    }\n  }\n": typeof types.ProductDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product { id code title }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      product {\n        id code title description priceTier updatedAt\n        category { id path }\n        attributes { name value }\n        skus { id code barcode weightGrams priceFen vipPriceFen isGift active spec { name value } }\n      }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  mutation SetListingStatus($input: SetListingStatusInput!) {\n    setListingStatus(input: $input) {\n      products { id listingStatus updatedAt }\n      errors { field message code }\n    }\n  }\n": typeof types.SetListingStatusDocument,
    "\n  mutation SetShowcase($input: SetShowcaseInput!) {\n    setShowcase(input: $input) {\n      products { id showcase updatedAt }\n      errors { field message code }\n    }\n  }\n": typeof types.SetShowcaseDocument,
    "\n  mutation AddProductImage($input: AddProductImageInput!) {\n    addProductImage(input: $input) {\n      product { id images { id url fileName sortOrder sizeBytes } }\n      errors { field message code }\n    }\n  }\n": typeof types.AddProductImageDocument,
    "\n  mutation RemoveProductImage($input: RemoveProductImageInput!) {\n    removeProductImage(input: $input) {\n      product { id images { id url fileName sortOrder sizeBytes } }\n      errors { field message code }\n    }\n  }\n": typeof types.RemoveProductImageDocument,
    "\n  query TierMix {\n    priceTierMix {\n      total\n      balanced\n      tiers { tier count share target deviation }\n    }\n  }\n": typeof types.TierMixDocument,
    "\n  mutation ProposePriceChange($input: ProposePriceChangeInput!) {\n    proposePriceChange(input: $input) {\n      priceChange { id status kind proposedFen }\n      errors { field message code }\n    }\n  }\n": typeof types.ProposePriceChangeDocument,
    "\n  mutation CancelPriceChange($input: DecidePriceChangeInput!) {\n    cancelPriceChange(input: $input) {\n      priceChange { id status decidedAt decidedByName }\n      errors { field message code }\n    }\n  }\n": typeof types.CancelPriceChangeDocument,
    "\n  query SkuPrices($skuId: ID!) {\n    priceHistory(skuId: $skuId) { id at kind oldFen newFen changedByLabel priceChangeId }\n    priceChanges(first: 50, where: { skuId: $skuId }) {\n      nodes {\n        id\n        kind\n        status\n        currentFen\n        proposedFen\n        reason\n        proposedById\n        proposedByName\n        decidedByName\n        decidedAt\n        decisionNote\n        createdAt\n      }\n    }\n  }\n": typeof types.SkuPricesDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n      mode\n      fileName\n      totalRows\n      processedRows\n      importedRows\n      errorCount\n      finishedAt\n      errors { row column message code }\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  mutation StartProductImport($input: StartProductImportInput!) {\n    startProductImport(input: $input) {\n      job { id status totalRows processedRows }\n      errors { field message code }\n    }\n  }\n": typeof types.StartProductImportDocument,
    "\n  query LowStock($first: Int, $after: String, $warehouseId: ID) {\n    lowStock(first: $first, after: $after, warehouseId: $warehouseId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        onHand\n        reserved\n        available\n        inTransit\n        safetyStock\n        suggestedReorder\n        sku { id code barcode isGift spec { name value } product { id title } }\n        warehouse { id code name }\n      }\n    }\n  }\n": typeof types.LowStockDocument,
    "\n  query LowStockCsv($where: StockLevelFilter) {\n    stockLevelsCsv(where: $where)\n  }\n": typeof types.LowStockCsvDocument,
    "\n  query StockLevels($first: Int, $after: String, $where: StockLevelFilter, $sort: StockLevelSort) {\n    stockLevels(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        onHand\n        reserved\n        available\n        inTransit\n        safetyStock\n        belowSafety\n        suggestedReorder\n        sku { id code barcode isGift spec { name value } product { id title } }\n        warehouse { id code name }\n      }\n    }\n  }\n": typeof types.StockLevelsDocument,
    "\n  query StockLevelsCsv($where: StockLevelFilter) {\n    stockLevelsCsv(where: $where)\n  }\n": typeof types.StockLevelsCsvDocument,
    "\n  query StockMovements($first: Int, $after: String, $where: StockMovementFilter, $sort: TimeSort) {\n    stockMovements(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        at\n        type\n        quantity\n        onHandAfter\n        reason\n        referenceType\n        referenceId\n        actorLabel\n        actor { id name }\n      }\n    }\n  }\n": typeof types.StockMovementsDocument,
    "\n  query WarehouseSummary {\n    warehouseSummary {\n      warehouseId\n      warehouseCode\n      warehouseName\n      skuCount\n      onHand\n      reserved\n      inTransit\n      outOfStock\n      belowSafety\n      overstock\n    }\n  }\n": typeof types.WarehouseSummaryDocument,
    "\n  query AbcAnalysis($days: Int, $warehouseId: ID) {\n    abcAnalysis(days: $days, warehouseId: $warehouseId) {\n      skuId\n      skuCode\n      productTitle\n      abcClass\n      soldQuantity\n      salesValueFen\n      share\n      cumulativeShare\n      onHand\n      turnoverDays\n    }\n  }\n": typeof types.AbcAnalysisDocument,
    "\n  mutation SetSafetyStock($input: SetSafetyStockInput!) {\n    setSafetyStock(input: $input) {\n      stockLevel { id safetyStock belowSafety suggestedReorder }\n      errors { field message code }\n    }\n  }\n": typeof types.SetSafetyStockDocument,
    "\n  mutation PostStockMovement($input: PostStockMovementInput!) {\n    postStockMovement(input: $input) {\n      movement { id quantity onHandAfter }\n      errors { field message code }\n    }\n  }\n": typeof types.PostStockMovementDocument,
    "\n  query WarehousesAdmin {\n    warehouses { id code name address active }\n  }\n": typeof types.WarehousesAdminDocument,
    "\n  mutation CreateWarehouse($input: CreateWarehouseInput!) {\n    createWarehouse(input: $input) {\n      warehouse { id code name address active }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateWarehouseDocument,
    "\n  mutation UpdateWarehouse($input: UpdateWarehouseInput!) {\n    updateWarehouse(input: $input) {\n      warehouse { id code name address active }\n      errors { field message code }\n    }\n  }\n": typeof types.UpdateWarehouseDocument,
    "\n  query Stocktakes($first: Int, $after: String, $where: StocktakeFilter, $sort: TimeSort) {\n    stocktakes(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        status\n        note\n        countedLines\n        createdAt\n        updatedAt\n        warehouse { id code name }\n      }\n    }\n  }\n": typeof types.StocktakesDocument,
    "\n  query Stocktake($id: ID!) {\n    stocktake(id: $id) {\n      id\n      code\n      status\n      note\n      countedLines\n      createdAt\n      updatedAt\n      warehouse { id code name }\n      lines {\n        id\n        bookQuantity\n        countedQuantity\n        movementsDuringCount\n        variance\n        sku { id code barcode spec { name value } product { id title } }\n      }\n      history { id at actorLabel actor { id name } fromState toState note }\n    }\n  }\n": typeof types.StocktakeDocument,
    "\n  mutation OpenStocktake($input: OpenStocktakeInput!) {\n    openStocktake(input: $input) {\n      stocktake { id code }\n      errors { field message code }\n    }\n  }\n": typeof types.OpenStocktakeDocument,
    "\n  mutation EnterStocktakeCounts($input: EnterStocktakeCountsInput!) {\n    enterStocktakeCounts(input: $input) {\n      stocktake { id countedLines updatedAt lines { id countedQuantity } }\n      errors { field message code }\n    }\n  }\n": typeof types.EnterStocktakeCountsDocument,
    "\n  mutation SubmitStocktake($input: DocumentActionInput!) {\n    submitStocktake(input: $input) {\n      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n": typeof types.SubmitStocktakeDocument,
    "\n  mutation ApproveStocktake($input: DocumentActionInput!) {\n    approveStocktake(input: $input) {\n      stocktake {\n        id status updatedAt\n        lines { id movementsDuringCount variance }\n        history { id at actorLabel actor { id name } fromState toState note }\n      }\n      errors { field message code }\n    }\n  }\n": typeof types.ApproveStocktakeDocument,
    "\n  mutation RejectStocktake($input: DocumentActionInput!) {\n    rejectStocktake(input: $input) {\n      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n": typeof types.RejectStocktakeDocument,
    "\n  mutation CancelStocktake($input: DocumentActionInput!) {\n    cancelStocktake(input: $input) {\n      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n": typeof types.CancelStocktakeDocument,
    "\n  query Transfers($first: Int, $after: String, $where: TransferFilter, $sort: TimeSort) {\n    transfers(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        status\n        note\n        createdAt\n        updatedAt\n        fromWarehouse { id code name }\n        toWarehouse { id code name }\n      }\n    }\n  }\n": typeof types.TransfersDocument,
    "\n  query Transfer($id: ID!) {\n    transfer(id: $id) {\n      id\n      code\n      status\n      note\n      createdAt\n      updatedAt\n      fromWarehouse { id code name }\n      toWarehouse { id code name }\n      lines {\n        id\n        quantity\n        receivedQuantity\n        variance\n        sku { id code spec { name value } product { id title } }\n      }\n      history { id at actorLabel actor { id name } fromState toState note }\n    }\n  }\n": typeof types.TransferDocument,
    "\n  mutation CreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      transfer { id code }\n      errors { field message code }\n    }\n  }\n": typeof types.CreateTransferDocument,
    "\n  mutation ShipTransfer($input: DocumentActionInput!) {\n    shipTransfer(input: $input) {\n      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n": typeof types.ShipTransferDocument,
    "\n  mutation ReceiveTransfer($input: ReceiveTransferInput!) {\n    receiveTransfer(input: $input) {\n      transfer { id status updatedAt lines { id quantity receivedQuantity variance } history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n": typeof types.ReceiveTransferDocument,
    "\n  mutation CloseTransfer($input: DocumentActionInput!) {\n    closeTransfer(input: $input) {\n      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n": typeof types.CloseTransferDocument,
    "\n  mutation CancelTransfer($input: DocumentActionInput!) {\n    cancelTransfer(input: $input) {\n      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n": typeof types.CancelTransferDocument,
    "\n  query Me {\n    me {\n      permissions\n      user {\n        id\n        email\n        name\n        locale\n        lastLoginAt\n        department { id code name nameEn }\n        roles { id code name nameEn isSupervisor }\n      }\n      apiToken { id name kind }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout { ok }\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SetMyLocale($input: SetLocaleInput!) {\n    setMyLocale(input: $input) {\n      user { id locale }\n      errors { field message code }\n    }\n  }\n": typeof types.SetMyLocaleDocument,
    "\n  query WarehouseOptions {\n    warehouses { id code name active }\n  }\n": typeof types.WarehouseOptionsDocument,
    "\n  query SkuOptions($where: StockLevelFilter, $first: Int) {\n    stockLevels(first: $first, where: $where, sort: { field: SKU_CODE, direction: ASC }) {\n      nodes {\n        id\n        onHand\n        available\n        sku { id code isGift spec { name value } product { id title } }\n      }\n    }\n  }\n": typeof types.SkuOptionsDocument,
    "\n  query CatalogSkuOptions($search: String) {\n    products(first: 10, where: { search: $search }) {\n      nodes {\n        id\n        title\n        skus { id code isGift active spec { name value } }\n      }\n    }\n  }\n": typeof types.CatalogSkuOptionsDocument,
    "\n  query WorkspaceDepartments {\n    departments { id code name nameEn description memberCount }\n  }\n": typeof types.WorkspaceDepartmentsDocument,
    "\n  query DepartmentTeam($departmentId: ID!) {\n    users(first: 100, where: { departmentId: $departmentId }, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        active\n        roles { id name nameEn isSupervisor }\n      }\n    }\n  }\n": typeof types.DepartmentTeamDocument,
};
const documents: Documents = {
    "query MePermissions {\n  me {\n    permissions\n    user {\n      id\n      name\n      email\n      department {\n        code\n        name\n        nameEn\n      }\n      roles {\n        code\n        name\n        nameEn\n        isSupervisor\n      }\n    }\n    apiToken {\n      id\n      name\n      kind\n    }\n  }\n}": types.MePermissionsDocument,
    "query UsersPage($after: String) {\n  users(first: 20, after: $after, sort: {field: CREATED_AT, direction: DESC}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      email\n      active\n      department {\n        code\n        name\n      }\n      roles {\n        code\n      }\n    }\n  }\n}": types.UsersPageDocument,
    "query AuditLogFilter($from: DateTime = \"2020-01-01T00:00:00Z\", $to: DateTime) {\n  auditLogs(\n    first: 50\n    where: {entityType: \"User\", from: $from, to: $to}\n    sort: {direction: DESC}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      at\n      actorLabel\n      operation\n      entityType\n      entityId\n      summary\n    }\n  }\n}": types.AuditLogFilterDocument,
    "query Partners($type: PartnerType) {\n  partners(\n    first: 50\n    where: {type: $type, active: true}\n    sort: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    nodes {\n      id\n      type\n      code\n      name\n      contactName\n      contactPhone\n      active\n    }\n  }\n}": types.PartnersDocument,
    "\n  query ApiTokensList($first: Int, $after: String, $where: ApiTokenFilter, $sort: ApiTokenSort) {\n    apiTokens(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name kind prefix permissions expiresAt revokedAt lastUsedAt createdAt active\n        partner { id name }\n        createdBy { id name }\n      }\n    }\n  }\n": types.ApiTokensListDocument,
    "\n  query TokenFormOptions {\n    permissionCatalog { name description group }\n    partners(first: 100, where: { active: true }, sort: { field: NAME, direction: ASC }) {\n      nodes { id name code type }\n    }\n  }\n": types.TokenFormOptionsDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken { id name }\n      errors { field message code }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($input: IdInput!) {\n    revokeApiToken(input: $input) {\n      apiToken { id revokedAt active }\n      errors { field message code }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query AuditLogs($first: Int, $after: String, $where: AuditLogFilter, $sort: AuditLogSort) {\n    auditLogs(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at actorLabel operation entityType entityId summary requestId actor { id name email } }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  query AuditActors {\n    users(first: 100, sort: { field: NAME, direction: ASC }) {\n      nodes { id name email }\n    }\n  }\n": types.AuditActorsDocument,
    "\n  query PartnersList($first: Int, $after: String, $where: PartnerFilter, $sort: PartnerSort) {\n    partners(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id type code name contactName contactPhone active createdAt }\n    }\n  }\n": types.PartnersListDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      partner { id name }\n      errors { field message code }\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      partner { id type code name contactName contactPhone active }\n      errors { field message code }\n    }\n  }\n": types.UpdatePartnerDocument,
    "\n  query RolesAdmin {\n    roles { id code name nameEn isSupervisor permissions userCount system }\n    permissionCatalog { name description group }\n  }\n": types.RolesAdminDocument,
    "\n  query DepartmentsAdmin {\n    departments { id code name nameEn description memberCount }\n  }\n": types.DepartmentsAdminDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id }\n      errors { field message code }\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id code name nameEn isSupervisor permissions userCount system }\n      errors { field message code }\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department { id }\n      errors { field message code }\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department { id code name nameEn description memberCount }\n      errors { field message code }\n    }\n  }\n": types.UpdateDepartmentDocument,
    "\n  query StaffUsers($first: Int, $after: String, $where: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        email\n        name\n        locale\n        active\n        lockedUntil\n        lastLoginAt\n        createdAt\n        department { id name nameEn }\n        roles { id name nameEn }\n      }\n    }\n  }\n": types.StaffUsersDocument,
    "\n  query StaffOptions {\n    departments { id code name nameEn }\n    roles { id code name nameEn isSupervisor }\n  }\n": types.StaffOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id name }\n      errors { field message code }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id name active department { id name nameEn } roles { id name nameEn } locale }\n      errors { field message code }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation UnlockUser($input: IdInput!) {\n    unlockUser(input: $input) {\n      user { id lockedUntil active }\n      errors { field message code }\n    }\n  }\n": types.UnlockUserDocument,
    "\n  query PriceChanges($first: Int, $after: String, $where: PriceChangeFilter) {\n    priceChanges(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        kind\n        status\n        currentFen\n        proposedFen\n        reason\n        proposedById\n        proposedByName\n        decidedByName\n        decidedAt\n        decisionNote\n        createdAt\n        sku { id code priceFen vipPriceFen spec { name value } product { id title } }\n        history { id at actorLabel actor { id name } fromState toState note }\n      }\n    }\n  }\n": types.PriceChangesDocument,
    "\n  mutation ApprovePriceChange($input: DecidePriceChangeInput!) {\n    approvePriceChange(input: $input) {\n      priceChange { id status decidedAt decidedByName decisionNote sku { id priceFen vipPriceFen } }\n      errors { field message code }\n    }\n  }\n": types.ApprovePriceChangeDocument,
    "\n  mutation RejectPriceChange($input: DecidePriceChangeInput!) {\n    rejectPriceChange(input: $input) {\n      priceChange { id status decidedAt decidedByName decisionNote }\n      errors { field message code }\n    }\n  }\n": types.RejectPriceChangeDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category { id name path parentId sortOrder productCount }\n      errors { field message code }\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      category { id name path parentId sortOrder productCount }\n      errors { field message code }\n    }\n  }\n": types.UpdateCategoryDocument,
    "\n  mutation MoveCategory($input: MoveCategoryInput!) {\n    moveCategory(input: $input) {\n      category { id name path parentId sortOrder productCount }\n      errors { field message code }\n    }\n  }\n": types.MoveCategoryDocument,
    "\n  query Products($first: Int, $after: String, $where: ProductFilter, $sort: ProductSort) {\n    products(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        title\n        listingStatus\n        showcase\n        priceTier\n        minPriceFen\n        maxPriceFen\n        updatedAt\n        category { id path }\n        skus { id }\n      }\n    }\n  }\n": types.ProductsDocument,
    "\n  query ProductsCsv($where: ProductFilter, $sort: ProductSort) {\n    productsCsv(where: $where, sort: $sort)\n  }\n": types.ProductsCsvDocument,
    "\n  query Categories {\n    categories { id name path parentId sortOrder productCount }\n  }\n": types.CategoriesDocument,
    "\n  query Product($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      title\n      description\n      listingStatus\n      showcase\n      priceTier\n      createdAt\n      updatedAt\n      category { id path }\n      attributes { name value }\n      images { id url fileName sortOrder sizeBytes }\n      skus {\n        id\n        code\n        barcode\n        weightGrams\n        priceFen\n        vipPriceFen\n        isGift\n        active\n        spec { name value }\n      }\n    }\n  }\n": types.ProductDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product { id code title }\n      errors { field message code }\n    }\n  }\n": types.CreateProductDocument,
    "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      product {\n        id code title description priceTier updatedAt\n        category { id path }\n        attributes { name value }\n        skus { id code barcode weightGrams priceFen vipPriceFen isGift active spec { name value } }\n      }\n      errors { field message code }\n    }\n  }\n": types.UpdateProductDocument,
    "\n  mutation SetListingStatus($input: SetListingStatusInput!) {\n    setListingStatus(input: $input) {\n      products { id listingStatus updatedAt }\n      errors { field message code }\n    }\n  }\n": types.SetListingStatusDocument,
    "\n  mutation SetShowcase($input: SetShowcaseInput!) {\n    setShowcase(input: $input) {\n      products { id showcase updatedAt }\n      errors { field message code }\n    }\n  }\n": types.SetShowcaseDocument,
    "\n  mutation AddProductImage($input: AddProductImageInput!) {\n    addProductImage(input: $input) {\n      product { id images { id url fileName sortOrder sizeBytes } }\n      errors { field message code }\n    }\n  }\n": types.AddProductImageDocument,
    "\n  mutation RemoveProductImage($input: RemoveProductImageInput!) {\n    removeProductImage(input: $input) {\n      product { id images { id url fileName sortOrder sizeBytes } }\n      errors { field message code }\n    }\n  }\n": types.RemoveProductImageDocument,
    "\n  query TierMix {\n    priceTierMix {\n      total\n      balanced\n      tiers { tier count share target deviation }\n    }\n  }\n": types.TierMixDocument,
    "\n  mutation ProposePriceChange($input: ProposePriceChangeInput!) {\n    proposePriceChange(input: $input) {\n      priceChange { id status kind proposedFen }\n      errors { field message code }\n    }\n  }\n": types.ProposePriceChangeDocument,
    "\n  mutation CancelPriceChange($input: DecidePriceChangeInput!) {\n    cancelPriceChange(input: $input) {\n      priceChange { id status decidedAt decidedByName }\n      errors { field message code }\n    }\n  }\n": types.CancelPriceChangeDocument,
    "\n  query SkuPrices($skuId: ID!) {\n    priceHistory(skuId: $skuId) { id at kind oldFen newFen changedByLabel priceChangeId }\n    priceChanges(first: 50, where: { skuId: $skuId }) {\n      nodes {\n        id\n        kind\n        status\n        currentFen\n        proposedFen\n        reason\n        proposedById\n        proposedByName\n        decidedByName\n        decidedAt\n        decisionNote\n        createdAt\n      }\n    }\n  }\n": types.SkuPricesDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n      mode\n      fileName\n      totalRows\n      processedRows\n      importedRows\n      errorCount\n      finishedAt\n      errors { row column message code }\n    }\n  }\n": types.ImportJobDocument,
    "\n  mutation StartProductImport($input: StartProductImportInput!) {\n    startProductImport(input: $input) {\n      job { id status totalRows processedRows }\n      errors { field message code }\n    }\n  }\n": types.StartProductImportDocument,
    "\n  query LowStock($first: Int, $after: String, $warehouseId: ID) {\n    lowStock(first: $first, after: $after, warehouseId: $warehouseId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        onHand\n        reserved\n        available\n        inTransit\n        safetyStock\n        suggestedReorder\n        sku { id code barcode isGift spec { name value } product { id title } }\n        warehouse { id code name }\n      }\n    }\n  }\n": types.LowStockDocument,
    "\n  query LowStockCsv($where: StockLevelFilter) {\n    stockLevelsCsv(where: $where)\n  }\n": types.LowStockCsvDocument,
    "\n  query StockLevels($first: Int, $after: String, $where: StockLevelFilter, $sort: StockLevelSort) {\n    stockLevels(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        onHand\n        reserved\n        available\n        inTransit\n        safetyStock\n        belowSafety\n        suggestedReorder\n        sku { id code barcode isGift spec { name value } product { id title } }\n        warehouse { id code name }\n      }\n    }\n  }\n": types.StockLevelsDocument,
    "\n  query StockLevelsCsv($where: StockLevelFilter) {\n    stockLevelsCsv(where: $where)\n  }\n": types.StockLevelsCsvDocument,
    "\n  query StockMovements($first: Int, $after: String, $where: StockMovementFilter, $sort: TimeSort) {\n    stockMovements(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        at\n        type\n        quantity\n        onHandAfter\n        reason\n        referenceType\n        referenceId\n        actorLabel\n        actor { id name }\n      }\n    }\n  }\n": types.StockMovementsDocument,
    "\n  query WarehouseSummary {\n    warehouseSummary {\n      warehouseId\n      warehouseCode\n      warehouseName\n      skuCount\n      onHand\n      reserved\n      inTransit\n      outOfStock\n      belowSafety\n      overstock\n    }\n  }\n": types.WarehouseSummaryDocument,
    "\n  query AbcAnalysis($days: Int, $warehouseId: ID) {\n    abcAnalysis(days: $days, warehouseId: $warehouseId) {\n      skuId\n      skuCode\n      productTitle\n      abcClass\n      soldQuantity\n      salesValueFen\n      share\n      cumulativeShare\n      onHand\n      turnoverDays\n    }\n  }\n": types.AbcAnalysisDocument,
    "\n  mutation SetSafetyStock($input: SetSafetyStockInput!) {\n    setSafetyStock(input: $input) {\n      stockLevel { id safetyStock belowSafety suggestedReorder }\n      errors { field message code }\n    }\n  }\n": types.SetSafetyStockDocument,
    "\n  mutation PostStockMovement($input: PostStockMovementInput!) {\n    postStockMovement(input: $input) {\n      movement { id quantity onHandAfter }\n      errors { field message code }\n    }\n  }\n": types.PostStockMovementDocument,
    "\n  query WarehousesAdmin {\n    warehouses { id code name address active }\n  }\n": types.WarehousesAdminDocument,
    "\n  mutation CreateWarehouse($input: CreateWarehouseInput!) {\n    createWarehouse(input: $input) {\n      warehouse { id code name address active }\n      errors { field message code }\n    }\n  }\n": types.CreateWarehouseDocument,
    "\n  mutation UpdateWarehouse($input: UpdateWarehouseInput!) {\n    updateWarehouse(input: $input) {\n      warehouse { id code name address active }\n      errors { field message code }\n    }\n  }\n": types.UpdateWarehouseDocument,
    "\n  query Stocktakes($first: Int, $after: String, $where: StocktakeFilter, $sort: TimeSort) {\n    stocktakes(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        status\n        note\n        countedLines\n        createdAt\n        updatedAt\n        warehouse { id code name }\n      }\n    }\n  }\n": types.StocktakesDocument,
    "\n  query Stocktake($id: ID!) {\n    stocktake(id: $id) {\n      id\n      code\n      status\n      note\n      countedLines\n      createdAt\n      updatedAt\n      warehouse { id code name }\n      lines {\n        id\n        bookQuantity\n        countedQuantity\n        movementsDuringCount\n        variance\n        sku { id code barcode spec { name value } product { id title } }\n      }\n      history { id at actorLabel actor { id name } fromState toState note }\n    }\n  }\n": types.StocktakeDocument,
    "\n  mutation OpenStocktake($input: OpenStocktakeInput!) {\n    openStocktake(input: $input) {\n      stocktake { id code }\n      errors { field message code }\n    }\n  }\n": types.OpenStocktakeDocument,
    "\n  mutation EnterStocktakeCounts($input: EnterStocktakeCountsInput!) {\n    enterStocktakeCounts(input: $input) {\n      stocktake { id countedLines updatedAt lines { id countedQuantity } }\n      errors { field message code }\n    }\n  }\n": types.EnterStocktakeCountsDocument,
    "\n  mutation SubmitStocktake($input: DocumentActionInput!) {\n    submitStocktake(input: $input) {\n      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n": types.SubmitStocktakeDocument,
    "\n  mutation ApproveStocktake($input: DocumentActionInput!) {\n    approveStocktake(input: $input) {\n      stocktake {\n        id status updatedAt\n        lines { id movementsDuringCount variance }\n        history { id at actorLabel actor { id name } fromState toState note }\n      }\n      errors { field message code }\n    }\n  }\n": types.ApproveStocktakeDocument,
    "\n  mutation RejectStocktake($input: DocumentActionInput!) {\n    rejectStocktake(input: $input) {\n      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n": types.RejectStocktakeDocument,
    "\n  mutation CancelStocktake($input: DocumentActionInput!) {\n    cancelStocktake(input: $input) {\n      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n": types.CancelStocktakeDocument,
    "\n  query Transfers($first: Int, $after: String, $where: TransferFilter, $sort: TimeSort) {\n    transfers(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        status\n        note\n        createdAt\n        updatedAt\n        fromWarehouse { id code name }\n        toWarehouse { id code name }\n      }\n    }\n  }\n": types.TransfersDocument,
    "\n  query Transfer($id: ID!) {\n    transfer(id: $id) {\n      id\n      code\n      status\n      note\n      createdAt\n      updatedAt\n      fromWarehouse { id code name }\n      toWarehouse { id code name }\n      lines {\n        id\n        quantity\n        receivedQuantity\n        variance\n        sku { id code spec { name value } product { id title } }\n      }\n      history { id at actorLabel actor { id name } fromState toState note }\n    }\n  }\n": types.TransferDocument,
    "\n  mutation CreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      transfer { id code }\n      errors { field message code }\n    }\n  }\n": types.CreateTransferDocument,
    "\n  mutation ShipTransfer($input: DocumentActionInput!) {\n    shipTransfer(input: $input) {\n      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n": types.ShipTransferDocument,
    "\n  mutation ReceiveTransfer($input: ReceiveTransferInput!) {\n    receiveTransfer(input: $input) {\n      transfer { id status updatedAt lines { id quantity receivedQuantity variance } history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n": types.ReceiveTransferDocument,
    "\n  mutation CloseTransfer($input: DocumentActionInput!) {\n    closeTransfer(input: $input) {\n      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n": types.CloseTransferDocument,
    "\n  mutation CancelTransfer($input: DocumentActionInput!) {\n    cancelTransfer(input: $input) {\n      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n": types.CancelTransferDocument,
    "\n  query Me {\n    me {\n      permissions\n      user {\n        id\n        email\n        name\n        locale\n        lastLoginAt\n        department { id code name nameEn }\n        roles { id code name nameEn isSupervisor }\n      }\n      apiToken { id name kind }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout { ok }\n  }\n": types.LogoutDocument,
    "\n  mutation SetMyLocale($input: SetLocaleInput!) {\n    setMyLocale(input: $input) {\n      user { id locale }\n      errors { field message code }\n    }\n  }\n": types.SetMyLocaleDocument,
    "\n  query WarehouseOptions {\n    warehouses { id code name active }\n  }\n": types.WarehouseOptionsDocument,
    "\n  query SkuOptions($where: StockLevelFilter, $first: Int) {\n    stockLevels(first: $first, where: $where, sort: { field: SKU_CODE, direction: ASC }) {\n      nodes {\n        id\n        onHand\n        available\n        sku { id code isGift spec { name value } product { id title } }\n      }\n    }\n  }\n": types.SkuOptionsDocument,
    "\n  query CatalogSkuOptions($search: String) {\n    products(first: 10, where: { search: $search }) {\n      nodes {\n        id\n        title\n        skus { id code isGift active spec { name value } }\n      }\n    }\n  }\n": types.CatalogSkuOptionsDocument,
    "\n  query WorkspaceDepartments {\n    departments { id code name nameEn description memberCount }\n  }\n": types.WorkspaceDepartmentsDocument,
    "\n  query DepartmentTeam($departmentId: ID!) {\n    users(first: 100, where: { departmentId: $departmentId }, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        active\n        roles { id name nameEn isSupervisor }\n      }\n    }\n  }\n": types.DepartmentTeamDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MePermissions {\n  me {\n    permissions\n    user {\n      id\n      name\n      email\n      department {\n        code\n        name\n        nameEn\n      }\n      roles {\n        code\n        name\n        nameEn\n        isSupervisor\n      }\n    }\n    apiToken {\n      id\n      name\n      kind\n    }\n  }\n}"): (typeof documents)["query MePermissions {\n  me {\n    permissions\n    user {\n      id\n      name\n      email\n      department {\n        code\n        name\n        nameEn\n      }\n      roles {\n        code\n        name\n        nameEn\n        isSupervisor\n      }\n    }\n    apiToken {\n      id\n      name\n      kind\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UsersPage($after: String) {\n  users(first: 20, after: $after, sort: {field: CREATED_AT, direction: DESC}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      email\n      active\n      department {\n        code\n        name\n      }\n      roles {\n        code\n      }\n    }\n  }\n}"): (typeof documents)["query UsersPage($after: String) {\n  users(first: 20, after: $after, sort: {field: CREATED_AT, direction: DESC}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      email\n      active\n      department {\n        code\n        name\n      }\n      roles {\n        code\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLogFilter($from: DateTime = \"2020-01-01T00:00:00Z\", $to: DateTime) {\n  auditLogs(\n    first: 50\n    where: {entityType: \"User\", from: $from, to: $to}\n    sort: {direction: DESC}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      at\n      actorLabel\n      operation\n      entityType\n      entityId\n      summary\n    }\n  }\n}"): (typeof documents)["query AuditLogFilter($from: DateTime = \"2020-01-01T00:00:00Z\", $to: DateTime) {\n  auditLogs(\n    first: 50\n    where: {entityType: \"User\", from: $from, to: $to}\n    sort: {direction: DESC}\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      at\n      actorLabel\n      operation\n      entityType\n      entityId\n      summary\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Partners($type: PartnerType) {\n  partners(\n    first: 50\n    where: {type: $type, active: true}\n    sort: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    nodes {\n      id\n      type\n      code\n      name\n      contactName\n      contactPhone\n      active\n    }\n  }\n}"): (typeof documents)["query Partners($type: PartnerType) {\n  partners(\n    first: 50\n    where: {type: $type, active: true}\n    sort: {field: NAME, direction: ASC}\n  ) {\n    totalCount\n    nodes {\n      id\n      type\n      code\n      name\n      contactName\n      contactPhone\n      active\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokensList($first: Int, $after: String, $where: ApiTokenFilter, $sort: ApiTokenSort) {\n    apiTokens(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name kind prefix permissions expiresAt revokedAt lastUsedAt createdAt active\n        partner { id name }\n        createdBy { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokensList($first: Int, $after: String, $where: ApiTokenFilter, $sort: ApiTokenSort) {\n    apiTokens(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id name kind prefix permissions expiresAt revokedAt lastUsedAt createdAt active\n        partner { id name }\n        createdBy { id name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenFormOptions {\n    permissionCatalog { name description group }\n    partners(first: 100, where: { active: true }, sort: { field: NAME, direction: ASC }) {\n      nodes { id name code type }\n    }\n  }\n"): (typeof documents)["\n  query TokenFormOptions {\n    permissionCatalog { name description group }\n    partners(first: 100, where: { active: true }, sort: { field: NAME, direction: ASC }) {\n      nodes { id name code type }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken { id name }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken { id name }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: IdInput!) {\n    revokeApiToken(input: $input) {\n      apiToken { id revokedAt active }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: IdInput!) {\n    revokeApiToken(input: $input) {\n      apiToken { id revokedAt active }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($first: Int, $after: String, $where: AuditLogFilter, $sort: AuditLogSort) {\n    auditLogs(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at actorLabel operation entityType entityId summary requestId actor { id name email } }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs($first: Int, $after: String, $where: AuditLogFilter, $sort: AuditLogSort) {\n    auditLogs(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at actorLabel operation entityType entityId summary requestId actor { id name email } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors {\n    users(first: 100, sort: { field: NAME, direction: ASC }) {\n      nodes { id name email }\n    }\n  }\n"): (typeof documents)["\n  query AuditActors {\n    users(first: 100, sort: { field: NAME, direction: ASC }) {\n      nodes { id name email }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersList($first: Int, $after: String, $where: PartnerFilter, $sort: PartnerSort) {\n    partners(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id type code name contactName contactPhone active createdAt }\n    }\n  }\n"): (typeof documents)["\n  query PartnersList($first: Int, $after: String, $where: PartnerFilter, $sort: PartnerSort) {\n    partners(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id type code name contactName contactPhone active createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      partner { id name }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      partner { id name }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      partner { id type code name contactName contactPhone active }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      partner { id type code name contactName contactPhone active }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolesAdmin {\n    roles { id code name nameEn isSupervisor permissions userCount system }\n    permissionCatalog { name description group }\n  }\n"): (typeof documents)["\n  query RolesAdmin {\n    roles { id code name nameEn isSupervisor permissions userCount system }\n    permissionCatalog { name description group }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentsAdmin {\n    departments { id code name nameEn description memberCount }\n  }\n"): (typeof documents)["\n  query DepartmentsAdmin {\n    departments { id code name nameEn description memberCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role { id }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id code name nameEn isSupervisor permissions userCount system }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRole($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role { id code name nameEn isSupervisor permissions userCount system }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department { id }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department { id }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department { id code name nameEn description memberCount }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department { id code name nameEn description memberCount }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsers($first: Int, $after: String, $where: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        email\n        name\n        locale\n        active\n        lockedUntil\n        lastLoginAt\n        createdAt\n        department { id name nameEn }\n        roles { id name nameEn }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffUsers($first: Int, $after: String, $where: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        email\n        name\n        locale\n        active\n        lockedUntil\n        lastLoginAt\n        createdAt\n        department { id name nameEn }\n        roles { id name nameEn }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOptions {\n    departments { id code name nameEn }\n    roles { id code name nameEn isSupervisor }\n  }\n"): (typeof documents)["\n  query StaffOptions {\n    departments { id code name nameEn }\n    roles { id code name nameEn isSupervisor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id name }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user { id name }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id name active department { id name nameEn } roles { id name nameEn } locale }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user { id name active department { id name nameEn } roles { id name nameEn } locale }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($input: ResetUserPasswordInput!) {\n    resetUserPassword(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($input: IdInput!) {\n    unlockUser(input: $input) {\n      user { id lockedUntil active }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($input: IdInput!) {\n    unlockUser(input: $input) {\n      user { id lockedUntil active }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceChanges($first: Int, $after: String, $where: PriceChangeFilter) {\n    priceChanges(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        kind\n        status\n        currentFen\n        proposedFen\n        reason\n        proposedById\n        proposedByName\n        decidedByName\n        decidedAt\n        decisionNote\n        createdAt\n        sku { id code priceFen vipPriceFen spec { name value } product { id title } }\n        history { id at actorLabel actor { id name } fromState toState note }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PriceChanges($first: Int, $after: String, $where: PriceChangeFilter) {\n    priceChanges(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        kind\n        status\n        currentFen\n        proposedFen\n        reason\n        proposedById\n        proposedByName\n        decidedByName\n        decidedAt\n        decisionNote\n        createdAt\n        sku { id code priceFen vipPriceFen spec { name value } product { id title } }\n        history { id at actorLabel actor { id name } fromState toState note }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePriceChange($input: DecidePriceChangeInput!) {\n    approvePriceChange(input: $input) {\n      priceChange { id status decidedAt decidedByName decisionNote sku { id priceFen vipPriceFen } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePriceChange($input: DecidePriceChangeInput!) {\n    approvePriceChange(input: $input) {\n      priceChange { id status decidedAt decidedByName decisionNote sku { id priceFen vipPriceFen } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectPriceChange($input: DecidePriceChangeInput!) {\n    rejectPriceChange(input: $input) {\n      priceChange { id status decidedAt decidedByName decisionNote }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectPriceChange($input: DecidePriceChangeInput!) {\n    rejectPriceChange(input: $input) {\n      priceChange { id status decidedAt decidedByName decisionNote }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category { id name path parentId sortOrder productCount }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category { id name path parentId sortOrder productCount }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      category { id name path parentId sortOrder productCount }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      category { id name path parentId sortOrder productCount }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveCategory($input: MoveCategoryInput!) {\n    moveCategory(input: $input) {\n      category { id name path parentId sortOrder productCount }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveCategory($input: MoveCategoryInput!) {\n    moveCategory(input: $input) {\n      category { id name path parentId sortOrder productCount }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Products($first: Int, $after: String, $where: ProductFilter, $sort: ProductSort) {\n    products(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        title\n        listingStatus\n        showcase\n        priceTier\n        minPriceFen\n        maxPriceFen\n        updatedAt\n        category { id path }\n        skus { id }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Products($first: Int, $after: String, $where: ProductFilter, $sort: ProductSort) {\n    products(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        title\n        listingStatus\n        showcase\n        priceTier\n        minPriceFen\n        maxPriceFen\n        updatedAt\n        category { id path }\n        skus { id }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsCsv($where: ProductFilter, $sort: ProductSort) {\n    productsCsv(where: $where, sort: $sort)\n  }\n"): (typeof documents)["\n  query ProductsCsv($where: ProductFilter, $sort: ProductSort) {\n    productsCsv(where: $where, sort: $sort)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories { id name path parentId sortOrder productCount }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories { id name path parentId sortOrder productCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Product($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      title\n      description\n      listingStatus\n      showcase\n      priceTier\n      createdAt\n      updatedAt\n      category { id path }\n      attributes { name value }\n      images { id url fileName sortOrder sizeBytes }\n      skus {\n        id\n        code\n        barcode\n        weightGrams\n        priceFen\n        vipPriceFen\n        isGift\n        active\n        spec { name value }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Product($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      title\n      description\n      listingStatus\n      showcase\n      priceTier\n      createdAt\n      updatedAt\n      category { id path }\n      attributes { name value }\n      images { id url fileName sortOrder sizeBytes }\n      skus {\n        id\n        code\n        barcode\n        weightGrams\n        priceFen\n        vipPriceFen\n        isGift\n        active\n        spec { name value }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product { id code title }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product { id code title }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      product {\n        id code title description priceTier updatedAt\n        category { id path }\n        attributes { name value }\n        skus { id code barcode weightGrams priceFen vipPriceFen isGift active spec { name value } }\n      }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($input: UpdateProductInput!) {\n    updateProduct(input: $input) {\n      product {\n        id code title description priceTier updatedAt\n        category { id path }\n        attributes { name value }\n        skus { id code barcode weightGrams priceFen vipPriceFen isGift active spec { name value } }\n      }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetListingStatus($input: SetListingStatusInput!) {\n    setListingStatus(input: $input) {\n      products { id listingStatus updatedAt }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SetListingStatus($input: SetListingStatusInput!) {\n    setListingStatus(input: $input) {\n      products { id listingStatus updatedAt }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetShowcase($input: SetShowcaseInput!) {\n    setShowcase(input: $input) {\n      products { id showcase updatedAt }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SetShowcase($input: SetShowcaseInput!) {\n    setShowcase(input: $input) {\n      products { id showcase updatedAt }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProductImage($input: AddProductImageInput!) {\n    addProductImage(input: $input) {\n      product { id images { id url fileName sortOrder sizeBytes } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AddProductImage($input: AddProductImageInput!) {\n    addProductImage(input: $input) {\n      product { id images { id url fileName sortOrder sizeBytes } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProductImage($input: RemoveProductImageInput!) {\n    removeProductImage(input: $input) {\n      product { id images { id url fileName sortOrder sizeBytes } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveProductImage($input: RemoveProductImageInput!) {\n    removeProductImage(input: $input) {\n      product { id images { id url fileName sortOrder sizeBytes } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TierMix {\n    priceTierMix {\n      total\n      balanced\n      tiers { tier count share target deviation }\n    }\n  }\n"): (typeof documents)["\n  query TierMix {\n    priceTierMix {\n      total\n      balanced\n      tiers { tier count share target deviation }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePriceChange($input: ProposePriceChangeInput!) {\n    proposePriceChange(input: $input) {\n      priceChange { id status kind proposedFen }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposePriceChange($input: ProposePriceChangeInput!) {\n    proposePriceChange(input: $input) {\n      priceChange { id status kind proposedFen }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelPriceChange($input: DecidePriceChangeInput!) {\n    cancelPriceChange(input: $input) {\n      priceChange { id status decidedAt decidedByName }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelPriceChange($input: DecidePriceChangeInput!) {\n    cancelPriceChange(input: $input) {\n      priceChange { id status decidedAt decidedByName }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkuPrices($skuId: ID!) {\n    priceHistory(skuId: $skuId) { id at kind oldFen newFen changedByLabel priceChangeId }\n    priceChanges(first: 50, where: { skuId: $skuId }) {\n      nodes {\n        id\n        kind\n        status\n        currentFen\n        proposedFen\n        reason\n        proposedById\n        proposedByName\n        decidedByName\n        decidedAt\n        decisionNote\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SkuPrices($skuId: ID!) {\n    priceHistory(skuId: $skuId) { id at kind oldFen newFen changedByLabel priceChangeId }\n    priceChanges(first: 50, where: { skuId: $skuId }) {\n      nodes {\n        id\n        kind\n        status\n        currentFen\n        proposedFen\n        reason\n        proposedById\n        proposedByName\n        decidedByName\n        decidedAt\n        decisionNote\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n      mode\n      fileName\n      totalRows\n      processedRows\n      importedRows\n      errorCount\n      finishedAt\n      errors { row column message code }\n    }\n  }\n"): (typeof documents)["\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      id\n      status\n      mode\n      fileName\n      totalRows\n      processedRows\n      importedRows\n      errorCount\n      finishedAt\n      errors { row column message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProductImport($input: StartProductImportInput!) {\n    startProductImport(input: $input) {\n      job { id status totalRows processedRows }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation StartProductImport($input: StartProductImportInput!) {\n    startProductImport(input: $input) {\n      job { id status totalRows processedRows }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LowStock($first: Int, $after: String, $warehouseId: ID) {\n    lowStock(first: $first, after: $after, warehouseId: $warehouseId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        onHand\n        reserved\n        available\n        inTransit\n        safetyStock\n        suggestedReorder\n        sku { id code barcode isGift spec { name value } product { id title } }\n        warehouse { id code name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LowStock($first: Int, $after: String, $warehouseId: ID) {\n    lowStock(first: $first, after: $after, warehouseId: $warehouseId) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        onHand\n        reserved\n        available\n        inTransit\n        safetyStock\n        suggestedReorder\n        sku { id code barcode isGift spec { name value } product { id title } }\n        warehouse { id code name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LowStockCsv($where: StockLevelFilter) {\n    stockLevelsCsv(where: $where)\n  }\n"): (typeof documents)["\n  query LowStockCsv($where: StockLevelFilter) {\n    stockLevelsCsv(where: $where)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockLevels($first: Int, $after: String, $where: StockLevelFilter, $sort: StockLevelSort) {\n    stockLevels(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        onHand\n        reserved\n        available\n        inTransit\n        safetyStock\n        belowSafety\n        suggestedReorder\n        sku { id code barcode isGift spec { name value } product { id title } }\n        warehouse { id code name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StockLevels($first: Int, $after: String, $where: StockLevelFilter, $sort: StockLevelSort) {\n    stockLevels(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        onHand\n        reserved\n        available\n        inTransit\n        safetyStock\n        belowSafety\n        suggestedReorder\n        sku { id code barcode isGift spec { name value } product { id title } }\n        warehouse { id code name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockLevelsCsv($where: StockLevelFilter) {\n    stockLevelsCsv(where: $where)\n  }\n"): (typeof documents)["\n  query StockLevelsCsv($where: StockLevelFilter) {\n    stockLevelsCsv(where: $where)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockMovements($first: Int, $after: String, $where: StockMovementFilter, $sort: TimeSort) {\n    stockMovements(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        at\n        type\n        quantity\n        onHandAfter\n        reason\n        referenceType\n        referenceId\n        actorLabel\n        actor { id name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StockMovements($first: Int, $after: String, $where: StockMovementFilter, $sort: TimeSort) {\n    stockMovements(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        at\n        type\n        quantity\n        onHandAfter\n        reason\n        referenceType\n        referenceId\n        actorLabel\n        actor { id name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarehouseSummary {\n    warehouseSummary {\n      warehouseId\n      warehouseCode\n      warehouseName\n      skuCount\n      onHand\n      reserved\n      inTransit\n      outOfStock\n      belowSafety\n      overstock\n    }\n  }\n"): (typeof documents)["\n  query WarehouseSummary {\n    warehouseSummary {\n      warehouseId\n      warehouseCode\n      warehouseName\n      skuCount\n      onHand\n      reserved\n      inTransit\n      outOfStock\n      belowSafety\n      overstock\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbcAnalysis($days: Int, $warehouseId: ID) {\n    abcAnalysis(days: $days, warehouseId: $warehouseId) {\n      skuId\n      skuCode\n      productTitle\n      abcClass\n      soldQuantity\n      salesValueFen\n      share\n      cumulativeShare\n      onHand\n      turnoverDays\n    }\n  }\n"): (typeof documents)["\n  query AbcAnalysis($days: Int, $warehouseId: ID) {\n    abcAnalysis(days: $days, warehouseId: $warehouseId) {\n      skuId\n      skuCode\n      productTitle\n      abcClass\n      soldQuantity\n      salesValueFen\n      share\n      cumulativeShare\n      onHand\n      turnoverDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSafetyStock($input: SetSafetyStockInput!) {\n    setSafetyStock(input: $input) {\n      stockLevel { id safetyStock belowSafety suggestedReorder }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSafetyStock($input: SetSafetyStockInput!) {\n    setSafetyStock(input: $input) {\n      stockLevel { id safetyStock belowSafety suggestedReorder }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostStockMovement($input: PostStockMovementInput!) {\n    postStockMovement(input: $input) {\n      movement { id quantity onHandAfter }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation PostStockMovement($input: PostStockMovementInput!) {\n    postStockMovement(input: $input) {\n      movement { id quantity onHandAfter }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarehousesAdmin {\n    warehouses { id code name address active }\n  }\n"): (typeof documents)["\n  query WarehousesAdmin {\n    warehouses { id code name address active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWarehouse($input: CreateWarehouseInput!) {\n    createWarehouse(input: $input) {\n      warehouse { id code name address active }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWarehouse($input: CreateWarehouseInput!) {\n    createWarehouse(input: $input) {\n      warehouse { id code name address active }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWarehouse($input: UpdateWarehouseInput!) {\n    updateWarehouse(input: $input) {\n      warehouse { id code name address active }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWarehouse($input: UpdateWarehouseInput!) {\n    updateWarehouse(input: $input) {\n      warehouse { id code name address active }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stocktakes($first: Int, $after: String, $where: StocktakeFilter, $sort: TimeSort) {\n    stocktakes(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        status\n        note\n        countedLines\n        createdAt\n        updatedAt\n        warehouse { id code name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Stocktakes($first: Int, $after: String, $where: StocktakeFilter, $sort: TimeSort) {\n    stocktakes(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        status\n        note\n        countedLines\n        createdAt\n        updatedAt\n        warehouse { id code name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stocktake($id: ID!) {\n    stocktake(id: $id) {\n      id\n      code\n      status\n      note\n      countedLines\n      createdAt\n      updatedAt\n      warehouse { id code name }\n      lines {\n        id\n        bookQuantity\n        countedQuantity\n        movementsDuringCount\n        variance\n        sku { id code barcode spec { name value } product { id title } }\n      }\n      history { id at actorLabel actor { id name } fromState toState note }\n    }\n  }\n"): (typeof documents)["\n  query Stocktake($id: ID!) {\n    stocktake(id: $id) {\n      id\n      code\n      status\n      note\n      countedLines\n      createdAt\n      updatedAt\n      warehouse { id code name }\n      lines {\n        id\n        bookQuantity\n        countedQuantity\n        movementsDuringCount\n        variance\n        sku { id code barcode spec { name value } product { id title } }\n      }\n      history { id at actorLabel actor { id name } fromState toState note }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenStocktake($input: OpenStocktakeInput!) {\n    openStocktake(input: $input) {\n      stocktake { id code }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenStocktake($input: OpenStocktakeInput!) {\n    openStocktake(input: $input) {\n      stocktake { id code }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnterStocktakeCounts($input: EnterStocktakeCountsInput!) {\n    enterStocktakeCounts(input: $input) {\n      stocktake { id countedLines updatedAt lines { id countedQuantity } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation EnterStocktakeCounts($input: EnterStocktakeCountsInput!) {\n    enterStocktakeCounts(input: $input) {\n      stocktake { id countedLines updatedAt lines { id countedQuantity } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitStocktake($input: DocumentActionInput!) {\n    submitStocktake(input: $input) {\n      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitStocktake($input: DocumentActionInput!) {\n    submitStocktake(input: $input) {\n      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveStocktake($input: DocumentActionInput!) {\n    approveStocktake(input: $input) {\n      stocktake {\n        id status updatedAt\n        lines { id movementsDuringCount variance }\n        history { id at actorLabel actor { id name } fromState toState note }\n      }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveStocktake($input: DocumentActionInput!) {\n    approveStocktake(input: $input) {\n      stocktake {\n        id status updatedAt\n        lines { id movementsDuringCount variance }\n        history { id at actorLabel actor { id name } fromState toState note }\n      }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectStocktake($input: DocumentActionInput!) {\n    rejectStocktake(input: $input) {\n      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectStocktake($input: DocumentActionInput!) {\n    rejectStocktake(input: $input) {\n      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelStocktake($input: DocumentActionInput!) {\n    cancelStocktake(input: $input) {\n      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelStocktake($input: DocumentActionInput!) {\n    cancelStocktake(input: $input) {\n      stocktake { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Transfers($first: Int, $after: String, $where: TransferFilter, $sort: TimeSort) {\n    transfers(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        status\n        note\n        createdAt\n        updatedAt\n        fromWarehouse { id code name }\n        toWarehouse { id code name }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Transfers($first: Int, $after: String, $where: TransferFilter, $sort: TimeSort) {\n    transfers(first: $first, after: $after, where: $where, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        status\n        note\n        createdAt\n        updatedAt\n        fromWarehouse { id code name }\n        toWarehouse { id code name }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Transfer($id: ID!) {\n    transfer(id: $id) {\n      id\n      code\n      status\n      note\n      createdAt\n      updatedAt\n      fromWarehouse { id code name }\n      toWarehouse { id code name }\n      lines {\n        id\n        quantity\n        receivedQuantity\n        variance\n        sku { id code spec { name value } product { id title } }\n      }\n      history { id at actorLabel actor { id name } fromState toState note }\n    }\n  }\n"): (typeof documents)["\n  query Transfer($id: ID!) {\n    transfer(id: $id) {\n      id\n      code\n      status\n      note\n      createdAt\n      updatedAt\n      fromWarehouse { id code name }\n      toWarehouse { id code name }\n      lines {\n        id\n        quantity\n        receivedQuantity\n        variance\n        sku { id code spec { name value } product { id title } }\n      }\n      history { id at actorLabel actor { id name } fromState toState note }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      transfer { id code }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTransfer($input: CreateTransferInput!) {\n    createTransfer(input: $input) {\n      transfer { id code }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShipTransfer($input: DocumentActionInput!) {\n    shipTransfer(input: $input) {\n      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ShipTransfer($input: DocumentActionInput!) {\n    shipTransfer(input: $input) {\n      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveTransfer($input: ReceiveTransferInput!) {\n    receiveTransfer(input: $input) {\n      transfer { id status updatedAt lines { id quantity receivedQuantity variance } history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ReceiveTransfer($input: ReceiveTransferInput!) {\n    receiveTransfer(input: $input) {\n      transfer { id status updatedAt lines { id quantity receivedQuantity variance } history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseTransfer($input: DocumentActionInput!) {\n    closeTransfer(input: $input) {\n      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseTransfer($input: DocumentActionInput!) {\n    closeTransfer(input: $input) {\n      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTransfer($input: DocumentActionInput!) {\n    cancelTransfer(input: $input) {\n      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTransfer($input: DocumentActionInput!) {\n    cancelTransfer(input: $input) {\n      transfer { id status updatedAt history { id at actorLabel actor { id name } fromState toState note } }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      permissions\n      user {\n        id\n        email\n        name\n        locale\n        lastLoginAt\n        department { id code name nameEn }\n        roles { id code name nameEn isSupervisor }\n      }\n      apiToken { id name kind }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      permissions\n      user {\n        id\n        email\n        name\n        locale\n        lastLoginAt\n        department { id code name nameEn }\n        roles { id code name nameEn isSupervisor }\n      }\n      apiToken { id name kind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user { id }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout { ok }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout { ok }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyLocale($input: SetLocaleInput!) {\n    setMyLocale(input: $input) {\n      user { id locale }\n      errors { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyLocale($input: SetLocaleInput!) {\n    setMyLocale(input: $input) {\n      user { id locale }\n      errors { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WarehouseOptions {\n    warehouses { id code name active }\n  }\n"): (typeof documents)["\n  query WarehouseOptions {\n    warehouses { id code name active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SkuOptions($where: StockLevelFilter, $first: Int) {\n    stockLevels(first: $first, where: $where, sort: { field: SKU_CODE, direction: ASC }) {\n      nodes {\n        id\n        onHand\n        available\n        sku { id code isGift spec { name value } product { id title } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SkuOptions($where: StockLevelFilter, $first: Int) {\n    stockLevels(first: $first, where: $where, sort: { field: SKU_CODE, direction: ASC }) {\n      nodes {\n        id\n        onHand\n        available\n        sku { id code isGift spec { name value } product { id title } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogSkuOptions($search: String) {\n    products(first: 10, where: { search: $search }) {\n      nodes {\n        id\n        title\n        skus { id code isGift active spec { name value } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogSkuOptions($search: String) {\n    products(first: 10, where: { search: $search }) {\n      nodes {\n        id\n        title\n        skus { id code isGift active spec { name value } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceDepartments {\n    departments { id code name nameEn description memberCount }\n  }\n"): (typeof documents)["\n  query WorkspaceDepartments {\n    departments { id code name nameEn description memberCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentTeam($departmentId: ID!) {\n    users(first: 100, where: { departmentId: $departmentId }, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        active\n        roles { id name nameEn isSupervisor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DepartmentTeam($departmentId: ID!) {\n    users(first: 100, where: { departmentId: $departmentId }, sort: { field: NAME, direction: ASC }) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        active\n        roles { id name nameEn isSupervisor }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;