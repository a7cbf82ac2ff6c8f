.class public Lfixture/installedapps/Positive;
.super Ljava/lang/Object;
.source "Positive.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    const/4 v0, 0x0
    invoke-virtual {p0, v0}, Landroid/content/pm/PackageManager;->getInstalledPackages(I)Ljava/util/List;
    return-void
.end method
