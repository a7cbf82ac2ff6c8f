.class public Lfixture/androidid/Negative;
.super Ljava/lang/Object;
.source "Negative.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    const-string v0, "enabled_notification_listeners"
    invoke-static {p0, v0}, Landroid/provider/Settings$Secure;->getString(Landroid/content/ContentResolver;Ljava/lang/String;)Ljava/lang/String;
    sget v1, Lfixture/androidid/R$styleable;->MenuItem_android_id:I
    return-void
.end method
