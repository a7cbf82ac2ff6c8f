.class public Lfixture/installedapps/Negative;
.super Ljava/lang/Object;
.source "Negative.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    const-string v0, "com.example"
    const/4 v1, 0x0
    invoke-virtual {p0, v0, v1}, Landroid/content/pm/PackageManager;->getPackageInfo(Ljava/lang/String;I)Landroid/content/pm/PackageInfo;
    return-void
.end method
