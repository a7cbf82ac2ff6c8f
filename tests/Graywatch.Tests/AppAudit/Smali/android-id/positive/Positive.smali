.class public Lfixture/androidid/Positive;
.super Ljava/lang/Object;
.source "Positive.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    const-string v0, "android_id"
    invoke-static {p0, v0}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    return-void
.end method
