.class public Lfixture/wifimac/ByReflection;
.super Ljava/lang/Object;
.source "ByReflection.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    const-string v0, "getMacAddress"
    const/4 v1, 0x0
    invoke-virtual {p0, v0, v1}, Ljava/lang/Class;->getMethod(Ljava/lang/String;[Ljava/lang/Class;)Ljava/lang/reflect/Method;
    move-result-object v0
    invoke-virtual {v0, p0, v1}, Ljava/lang/reflect/Method;->invoke(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;
    return-void
.end method
