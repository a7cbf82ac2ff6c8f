.class public Lfixture/wifimac/BySysfs;
.super Ljava/lang/Object;
.source "BySysfs.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    const-string v0, "/sys/class/net/"
    const-string v1, "/address"
    invoke-static {v0, v1}, Lfixture/wifimac/ByInterface;->join(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    return-void
.end method
