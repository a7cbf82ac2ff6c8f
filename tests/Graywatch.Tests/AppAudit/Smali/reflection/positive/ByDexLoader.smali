.class public Lfixture/reflection/ByDexLoader;
.super Ljava/lang/Object;
.source "ByDexLoader.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    new-instance v0, Ldalvik/system/DexClassLoader;
    const/4 v1, 0x0
    invoke-direct {v0, v1, v1, v1, p0}, Ldalvik/system/DexClassLoader;-><init>(Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;Ljava/lang/ClassLoader;)V
    return-void
.end method
